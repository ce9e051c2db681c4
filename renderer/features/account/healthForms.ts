import type { Input } from '../../../shared/api';
import type { Band } from '../../../shared/domain/health';
import { dayNumber } from '../../lib/dates';

/**
 * The pulse and override forms as plain data: drafts as typed, checked into contract inputs
 * with one readable message per field (the back-end checks again; these save a round trip).
 */
export interface PulseDraft {
  pulse: string;
  reason: string;
  expiresOn: string;
}

export interface OverrideDraft {
  /** Override by band or by score. */
  mode: 'band' | 'score';
  band: string;
  score: string;
  reason: string;
  expiresOn: string;
}

export type FieldErrors<K extends string> = Partial<Record<K, string>>;
export type Checked<I, K extends string> = { ok: true; input: I } | { ok: false; errors: FieldErrors<K> };

function reasonError(reason: string): string | undefined {
  return reason.trim() === '' ? 'Say why: a reason is required' : undefined;
}

/** The expiry is the first day the value no longer applies, so it must be after today. */
export function expiryError(expiresOn: string, today: string): string | undefined {
  if (expiresOn.trim() === '') return 'Pick an expiry date';
  if (dayNumber(expiresOn) === null || expiresOn.length !== 10) return 'The expiry must be a date (YYYY-MM-DD)';
  if (expiresOn <= today) return `The expiry must be after today (${today})`;
  return undefined;
}

function result<I, K extends string>(errors: FieldErrors<K>, input: () => I): Checked<I, K> {
  const found = Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined)) as FieldErrors<K>;
  return Object.keys(found).length > 0 ? { ok: false, errors: found } : { ok: true, input: input() };
}

export function checkPulse(accountId: number, draft: PulseDraft, today: string): Checked<Input<'health.setPulse'>, keyof PulseDraft> {
  const pulse = Number(draft.pulse);
  return result<Input<'health.setPulse'>, keyof PulseDraft>(
    {
      pulse: draft.pulse.trim() !== '' && Number.isInteger(pulse) && pulse >= 1 && pulse <= 5 ? undefined : 'Pick a pulse from 1 to 5',
      reason: reasonError(draft.reason),
      expiresOn: expiryError(draft.expiresOn, today),
    },
    () => ({ accountId, pulse, reason: draft.reason.trim(), expiresOn: draft.expiresOn }),
  );
}

type OverrideField = 'band' | 'score' | 'reason' | 'expiresOn';

export function checkOverride(
  accountId: number,
  draft: OverrideDraft,
  bands: readonly Band[],
  today: string,
): Checked<Input<'health.setOverride'>, OverrideField> {
  const score = Number(draft.score);
  const scoreOk = draft.score.trim() !== '' && Number.isInteger(score) && score >= 0 && score <= 100;
  return result<Input<'health.setOverride'>, OverrideField>(
    {
      band: draft.mode === 'band' && !bands.some((band) => band.id === draft.band) ? 'Pick a band' : undefined,
      score: draft.mode === 'score' && !scoreOk ? 'A score is a whole number from 0 to 100' : undefined,
      reason: reasonError(draft.reason),
      expiresOn: expiryError(draft.expiresOn, today),
    },
    () => ({
      accountId,
      band: draft.mode === 'band' ? draft.band : null,
      score: draft.mode === 'score' ? score : null,
      reason: draft.reason.trim(),
      expiresOn: draft.expiresOn,
    }),
  );
}
