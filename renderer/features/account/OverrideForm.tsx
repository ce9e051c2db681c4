import { useState } from 'react';
import type { Band, HealthOverride } from '../../../shared/domain/health';
import { InlineError } from '../../components/ErrorView';
import { useToast } from '../../components/Toasts';
import { checkOverride, type FieldErrors, type OverrideDraft } from './healthForms';
import { Field, ReasonAndExpiry } from './HealthFormFields';
import { defaultExpiry } from './healthModel';
import { useHealthChange, type HealthChange } from './healthQueries';

/** Undo of an override change: the one in force before comes back, or the override is cleared. */
export function restoreOverride(accountId: number, previous: HealthOverride | null): HealthChange {
  return previous
    ? { method: 'health.setOverride', input: { accountId, band: previous.band, score: previous.score, reason: previous.reason, expiresOn: previous.expiresOn } }
    : { method: 'health.clearOverride', input: { accountId, kind: 'override' } };
}

/** A manual band or score in place of the computed one, with a reason and an expiry. */
export function OverrideForm({ accountId, today, bands, current }: { accountId: number; today: string; bands: Band[]; current: HealthOverride | null }) {
  const [draft, setDraft] = useState<OverrideDraft>(() => ({ mode: 'band', band: '', score: '', reason: '', expiresOn: defaultExpiry(today) }));
  const [errors, setErrors] = useState<FieldErrors<'band' | 'score' | 'reason' | 'expiresOn'>>({});
  const change = useHealthChange();
  const toast = useToast();
  const set = <K extends keyof OverrideDraft>(key: K, value: OverrideDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <form
      className="health-form"
      aria-label="Health override"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkOverride(accountId, draft, bands, today);
        if (!checked.ok) return setErrors(checked.errors);
        setErrors({});
        change.mutate(
          { method: 'health.setOverride', input: checked.input },
          {
            onSuccess: () => {
              setDraft((d) => ({ ...d, reason: '' }));
              toast.show({ message: 'Override saved', undo: () => change.mutateAsync(restoreOverride(accountId, current)) });
            },
          },
        );
      }}
    >
      <div className="form-row">
        <Field label="Override by" error={undefined}>
          <select aria-label="Override by" value={draft.mode} onChange={(e) => set('mode', e.target.value as OverrideDraft['mode'])}>
            <option value="band">Band</option>
            <option value="score">Score</option>
          </select>
        </Field>
        {draft.mode === 'band' ? (
          <Field label="Band" error={errors.band}>
            <select aria-label="Band" value={draft.band} aria-invalid={errors.band ? true : undefined} onChange={(e) => set('band', e.target.value)}>
              <option value="">—</option>
              {bands.map((band) => (
                <option key={band.id} value={band.id}>
                  {band.label} ({band.min}–{band.max})
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <Field label="Score (0–100)" error={errors.score}>
            <input
              aria-label="Score"
              inputMode="numeric"
              size={5}
              value={draft.score}
              aria-invalid={errors.score ? true : undefined}
              onChange={(e) => set('score', e.target.value)}
            />
          </Field>
        )}
        <ReasonAndExpiry draft={draft} today={today} errors={errors} onChange={set} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={change.isPending}>
          {current ? 'Replace override' : 'Save override'}
        </button>
        <InlineError error={change.error} />
      </div>
    </form>
  );
}
