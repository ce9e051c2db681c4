import type { ReactNode } from 'react';

/** A labelled field with its error under it, as the other account forms show them. */
export function Field({ label, error, children }: { label: string; error: string | undefined; children: ReactNode }) {
  return (
    <label className="form-field">
      <span>{label}</span>
      {children}
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** The reason and expiry every pulse and override needs. */
export function ReasonAndExpiry(props: {
  draft: { reason: string; expiresOn: string };
  today: string;
  errors: { reason?: string; expiresOn?: string };
  onChange: (key: 'reason' | 'expiresOn', value: string) => void;
}) {
  const { draft, errors, onChange } = props;
  return (
    <>
      <Field label="Reason" error={errors.reason}>
        <input aria-label="Reason" value={draft.reason} aria-invalid={errors.reason ? true : undefined} onChange={(e) => onChange('reason', e.target.value)} />
      </Field>
      <Field label="Expires on (first day it no longer applies)" error={errors.expiresOn}>
        <input
          type="date"
          aria-label="Expires on"
          min={props.today}
          value={draft.expiresOn}
          aria-invalid={errors.expiresOn ? true : undefined}
          onChange={(e) => onChange('expiresOn', e.target.value)}
        />
      </Field>
    </>
  );
}
