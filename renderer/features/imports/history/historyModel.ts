import type { ImportBatch } from '../../../../shared/api';
import { formatInt } from '../../../lib/format';

export type CountKey = keyof ImportBatch['counts'];

/** The counts a batch records, in the order the history and the wizard show them. */
export const COUNT_COLUMNS: readonly { key: CountKey; label: string; hint: string }[] = [
  { key: 'new', label: 'New', hint: 'records created' },
  { key: 'updated', label: 'Updated', hint: 'records whose CRM fields changed' },
  { key: 'unchanged', label: 'Unchanged', hint: 'records already up to date' },
  { key: 'conflicts', label: 'Conflicts', hint: 'fields changed both here and in the CRM' },
  { key: 'invalid', label: 'Invalid', hint: 'rows not imported' },
  { key: 'missing', label: 'Missing', hint: 'records absent from a full export' },
];

const OBJECT_LABELS: Record<string, string> = {
  accounts: 'Accounts',
  contacts: 'Contacts',
  opportunities: 'Opportunities',
  revenue: 'Revenue',
  usage: 'Usage',
  tickets: 'Tickets',
  nps: 'NPS responses',
  activities: 'Activities',
};

/** "Accounts" for "accounts"; an unknown object name as is. */
export function objectLabel(object: string): string {
  return OBJECT_LABELS[object] ?? object;
}

/** "22 new, 1 updated" — only the counts that are not zero; "nothing changed" otherwise. */
export function describeCounts(counts: ImportBatch['counts']): string {
  const parts = COUNT_COLUMNS.filter(({ key }) => counts[key] > 0 && key !== 'unchanged').map(
    ({ key, label }) => `${formatInt(counts[key])} ${label.toLowerCase()}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'nothing changed';
}

/** What undoing a batch will do, in words, for the confirmation. */
export function describeUndo(batch: ImportBatch): string {
  const { new: created, updated, conflicts, missing } = batch.counts;
  const effects: string[] = [];
  if (created > 0) effects.push(`delete the ${formatInt(created)} ${created === 1 ? 'record' : 'records'} it created`);
  if (updated > 0) effects.push(`put back the previous values of ${formatInt(updated)} updated ${updated === 1 ? 'record' : 'records'}`);
  if (conflicts > 0) effects.push(`drop its ${formatInt(conflicts)} ${conflicts === 1 ? 'conflict' : 'conflicts'}`);
  if (missing > 0) effects.push(`clear its ${formatInt(missing)} missing ${missing === 1 ? 'flag' : 'flags'}`);
  if (effects.length === 0) return 'It changed nothing, so only its history entry is marked undone.';
  const last = effects.pop()!;
  return `This will ${effects.length > 0 ? `${effects.join(', ')} and ${last}` : last}.`;
}
