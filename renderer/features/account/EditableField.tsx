import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Account } from '../../../shared/api';
import { describeError, fieldErrorMessage } from '../../api/errors';
import { fieldInputValue, isUnchanged, parseFieldInput, type AccountFieldDef, type PatchValue } from './accountFields';

interface Props {
  def: AccountFieldDef;
  account: Account;
  /** Saves one field; rejects with the back-end's error. */
  save: (def: AccountFieldDef, value: PatchValue) => Promise<void>;
}

/**
 * A profile field edited in place: it reads as text and becomes an input on click or focus
 * (F2 selects its text). Enter or leaving the field saves; Escape puts back the saved value.
 * A failed save keeps what was typed and shows why next to it.
 */
export function EditableField({ def, account, save }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const saved = fieldInputValue(account, def);
  const [draft, setDraftState] = useState<string | null>(null);
  const draftRef = useRef<string | null>(null);
  const inFlight = useRef<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const setDraft = (value: string | null) => {
    draftRef.current = value;
    setDraftState(value);
  };

  const commit = async (options: { incomplete?: boolean } = {}) => {
    const text = draftRef.current;
    if (text === null || text === inFlight.current) return;
    if (options.incomplete) {
      setError(`${def.label}: finish the date or clear it.`);
      return;
    }
    const parsed = parseFieldInput(def, text);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    if (isUnchanged(account, def, parsed.value)) {
      setDraft(null);
      setError(null);
      return;
    }
    inFlight.current = text;
    setSaving(true);
    try {
      await save(def, parsed.value);
      if (draftRef.current === text) setDraft(null);
      setError(null);
    } catch (failure) {
      setError(fieldErrorMessage(failure, def.key) ?? describeError(failure).message);
    } finally {
      inFlight.current = null;
      setSaving(false);
    }
  };

  const cancel = () => {
    setDraft(null);
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit({ incomplete: 'validity' in event.currentTarget && event.currentTarget.validity.badInput });
    } else if (event.key === 'Escape') {
      if (draftRef.current !== null || error) event.preventDefault();
      cancel();
    } else if (event.key === 'F2' && event.currentTarget instanceof HTMLInputElement) {
      event.preventDefault();
      event.currentTarget.select();
    }
  };

  const common = {
    id,
    'aria-label': def.label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    className: `field-control${draft !== null ? ' editing' : ''}`,
    value: draft ?? saved,
    onKeyDown,
  } as const;

  let control;
  if (def.kind === 'select') {
    control = (
      <select
        {...common}
        onChange={(event) => {
          setDraft(event.target.value);
          void commit();
        }}
      >
        {(def.nullable || saved === '') && <option value="">—</option>}
        {(def.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        {...common}
        type={def.kind === 'date' ? 'date' : 'text'}
        inputMode={def.kind === 'money' ? 'decimal' : def.kind === 'int' ? 'numeric' : undefined}
        maxLength={def.kind === 'currency' ? 3 : undefined}
        placeholder="—"
        spellCheck={def.kind === 'text' || def.kind === 'requiredText'}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={(event) => void commit({ incomplete: event.currentTarget.validity.badInput })}
      />
    );
  }

  return (
    <div className={`field${error ? ' has-error' : ''}`} data-field={def.key}>
      <label htmlFor={id} className="field-label">
        {def.label}
      </label>
      <div className="field-value">
        {control}
        {saving && <span className="field-status">Saving…</span>}
        {error && (
          <span className="inline-error" role="alert" id={errorId}>
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
