import { useState } from 'react';
import { InlineError } from '../../components/ErrorView';
import { useToast } from '../../components/Toasts';
import { checkPulse, type FieldErrors, type PulseDraft } from './healthForms';
import { Field, ReasonAndExpiry } from './HealthFormFields';
import { defaultExpiry, type PulseInForce } from './healthModel';
import { useHealthChange } from './healthQueries';

/** The CSM's own read of the account (1–5), with a reason and an expiry; undo puts the previous pulse back. */
export function PulseForm({ accountId, today, current }: { accountId: number; today: string; current: PulseInForce | null }) {
  const [draft, setDraft] = useState<PulseDraft>(() => ({ pulse: String(current?.pulse ?? ''), reason: '', expiresOn: defaultExpiry(today) }));
  const [errors, setErrors] = useState<FieldErrors<keyof PulseDraft>>({});
  const change = useHealthChange();
  const toast = useToast();
  const set = (key: keyof PulseDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const undoTo = (previous: PulseInForce | null) => () =>
    change.mutateAsync(
      previous
        ? { method: 'health.setPulse', input: { accountId, ...previous } }
        : { method: 'health.clearOverride', input: { accountId, kind: 'pulse' } },
    );

  return (
    <form
      className="health-form"
      aria-label="CSM pulse"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkPulse(accountId, draft, today);
        if (!checked.ok) return setErrors(checked.errors);
        setErrors({});
        change.mutate(
          { method: 'health.setPulse', input: checked.input },
          {
            onSuccess: () => {
              setDraft((d) => ({ ...d, reason: '' }));
              toast.show({ message: `Pulse ${checked.input.pulse} saved`, undo: undoTo(current) });
            },
          },
        );
      }}
    >
      <div className="form-row">
        <Field label="Pulse" error={errors.pulse}>
          <select aria-label="Pulse" value={draft.pulse} aria-invalid={errors.pulse ? true : undefined} onChange={(e) => set('pulse', e.target.value)}>
            <option value="">—</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? '(very worried)' : n === 5 ? '(very confident)' : ''}
              </option>
            ))}
          </select>
        </Field>
        <ReasonAndExpiry draft={draft} today={today} errors={errors} onChange={set} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={change.isPending}>
          Save pulse
        </button>
        {current && (
          <button
            type="button"
            disabled={change.isPending}
            onClick={() =>
              change.mutate(
                { method: 'health.clearOverride', input: { accountId, kind: 'pulse' } },
                { onSuccess: () => toast.show({ message: 'Pulse cleared', undo: undoTo(current) }) },
              )
            }
          >
            Clear pulse
          </button>
        )}
        <InlineError error={change.error} />
      </div>
    </form>
  );
}
