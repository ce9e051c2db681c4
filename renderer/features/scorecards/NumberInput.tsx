import { useEffect, useState } from 'react';

interface Props {
  value: number;
  onChange: (value: number) => void;
  label: string;
  className?: string;
  invalid?: boolean;
}

const parse = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/**
 * A number typed as text: what is typed stays as typed ("1." or "-" while on the way to a
 * number) and the draft gets NaN until it parses, so validation says what is wrong.
 */
export function NumberInput({ value, onChange, label, className, invalid }: Props) {
  const [text, setText] = useState(() => (Number.isNaN(value) ? '' : String(value)));
  // A value changed from outside (discard, another scorecard) replaces the text; one we typed does not.
  useEffect(() => {
    setText((current) => (Object.is(parse(current), value) ? current : Number.isNaN(value) ? '' : String(value)));
  }, [value]);
  return (
    <input
      className={`number-input ${className ?? ''}`}
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid || undefined}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parse(event.target.value));
      }}
    />
  );
}
