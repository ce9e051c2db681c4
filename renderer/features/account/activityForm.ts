import type { Input } from '../../../shared/api';
import { ACTIVITY_TYPES, type ActivityType, type Direction } from '../../../shared/api/vocabulary';
import { localInputToIso, toLocalDateTimeInput } from '../../lib/dates';

/** The "Log activity" form as typed. `when` is a datetime-local value in local time. */
export interface ActivityDraft {
  type: ActivityType;
  when: string;
  subject: string;
  summary: string;
  contactIds: number[];
  /** Only asked for emails: an unanswered outbound email does not count as a touch. */
  direction: '' | Direction;
  replied: boolean;
}

export function newActivityDraft(now: Date): ActivityDraft {
  return { type: 'call', when: toLocalDateTimeInput(now), subject: '', summary: '', contactIds: [], direction: '', replied: false };
}

export type ActivityFormResult =
  | { ok: true; input: Input<'activities.log'> }
  | { ok: false; errors: Partial<Record<'type' | 'when' | 'subject', string>> };

/**
 * Builds the activities.log input. `offsetMinutes` is the local UTC offset at `when` (minutes
 * east), so the stored time keeps the wall-clock time the user picked.
 */
export function buildActivityInput(accountId: number, draft: ActivityDraft, offsetMinutes: number): ActivityFormResult {
  const errors: Partial<Record<'type' | 'when' | 'subject', string>> = {};
  if (!(ACTIVITY_TYPES as readonly string[]).includes(draft.type)) errors.type = `Unknown activity type "${draft.type}".`;
  const occurredAt = localInputToIso(draft.when, offsetMinutes);
  if (!occurredAt) errors.when = 'Enter the date and time it happened.';
  const subject = draft.subject.trim();
  if (!subject) errors.subject = 'Enter a subject.';
  if (!occurredAt || Object.keys(errors).length > 0) return { ok: false, errors };
  const isEmail = draft.type === 'email';
  const direction = isEmail && draft.direction ? draft.direction : null;
  return {
    ok: true,
    input: {
      accountId,
      type: draft.type,
      occurredAt,
      subject,
      summary: draft.summary.trim(),
      direction,
      replied: direction === 'outbound' ? draft.replied : null,
      contactIds: [...new Set(draft.contactIds)],
    },
  };
}

export function toggleId(ids: readonly number[], id: number): number[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}
