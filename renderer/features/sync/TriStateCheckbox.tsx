import { useEffect, useRef } from 'react';
import type { SelectionState } from './selection';

/** A "select all" box that shows a dash when only some rows are selected. */
export function TriStateCheckbox({
  state,
  onChange,
  label,
  disabled,
}: {
  state: SelectionState;
  onChange: (checked: boolean) => void;
  label: string;
  disabled?: boolean;
}) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={box}
      type="checkbox"
      aria-label={label}
      checked={state === 'all'}
      disabled={disabled}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
