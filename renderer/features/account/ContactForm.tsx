import { useState } from 'react';
import { describeError, specificFieldError } from '../../api/errors';
import { ROLE_OPTIONS } from '../../lib/labels';
import { CONTACT_FORM_FIELDS, readContactDraft, type ContactDraft, type ContactDraftKey, type ContactValues } from './contactForm';

interface Props {
  label: string;
  initial: ContactDraft;
  submitLabel: string;
  onSubmit: (values: ContactValues) => Promise<void>;
  onCancel: () => void;
}

/** Add or edit a contact. Escape cancels; errors show next to the field they are about. */
export function ContactForm({ label, initial, submitLabel, onSubmit, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<ContactDraftKey, string>>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const set = (key: ContactDraftKey, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    const result = readContactDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setServerError(null);
    setBusy(true);
    try {
      await onSubmit(result.values);
    } catch (error) {
      const fieldErrors: Partial<Record<ContactDraftKey, string>> = {};
      for (const { key } of CONTACT_FORM_FIELDS) {
        const message = specificFieldError(error, key);
        if (message) fieldErrors[key] = message;
      }
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="contact-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {CONTACT_FORM_FIELDS.map(({ key, label: fieldLabel }) => (
        <label key={key} className="form-field">
          <span>{fieldLabel}</span>
          {key === 'role' ? (
            <select aria-label={fieldLabel} value={draft.role} onChange={(event) => set('role', event.target.value)}>
              <option value="">—</option>
              {ROLE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              aria-label={fieldLabel}
              type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
              value={draft[key]}
              aria-invalid={errors[key] ? true : undefined}
              autoFocus={key === 'firstName'}
              onChange={(event) => set(key, event.target.value)}
            />
          )}
          {errors[key] && (
            <span className="inline-error" role="alert">
              {errors[key]}
            </span>
          )}
        </label>
      ))}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {serverError !== null && (
          <span className="inline-error" role="alert">
            {describeError(serverError).message}
          </span>
        )}
      </div>
    </form>
  );
}
