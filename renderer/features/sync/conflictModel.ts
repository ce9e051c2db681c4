import type { CustomValue, SyncConflict } from '../../../shared/api';

/** How the back-end names a custom field in a conflict ("custom:BillingCity"). */
const CUSTOM_PREFIX = 'custom:';

const ACRONYMS: Record<string, string> = { mrr: 'MRR', arr: 'ARR', nps: 'NPS', id: 'id' };

/** "renewalDate" -> "Renewal date", "mrr" -> "MRR", "custom:Tier__c" -> "Tier__c (custom)". */
export function fieldLabel(field: string): string {
  if (field.startsWith(CUSTOM_PREFIX)) return `${field.slice(CUSTOM_PREFIX.length)} (custom)`;
  const words = field.split(/(?=[A-Z])/).map((word) => ACRONYMS[word.toLowerCase()] ?? word.toLowerCase());
  const first = words[0] ?? field;
  words[0] = first === first.toUpperCase() ? first : first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(' ');
}

/** A value as the table shows it; null (no value) is told apart from the empty text. */
export function valueText(value: CustomValue): { text: string; empty: boolean } {
  if (value === null) return { text: 'empty', empty: true };
  if (typeof value === 'boolean') return { text: value ? 'yes' : 'no', empty: false };
  if (value === '') return { text: 'empty text', empty: true };
  return { text: String(value), empty: false };
}

const ENTITY_LABELS: Record<string, string> = { account: 'Account', contact: 'Contact', subscription: 'Subscription' };

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity.charAt(0).toUpperCase() + entity.slice(1);
}

/** The record in words as the back-end names it, else "Contact #12". */
export function recordLabel(record: { entity: string; entityId: number; label?: string | null }): string {
  const label = record.label?.trim();
  return label ? label : `${entityLabel(record.entity)} #${record.entityId}`;
}

/** Where the record can be opened, if the app has a page for it. */
export function recordHref(entity: string, entityId: number): string | null {
  return entity === 'account' ? `#/accounts/${entityId}` : null;
}

export interface ConflictGroup {
  field: string;
  label: string;
  conflicts: SyncConflict[];
}

/** Conflicts by field (so one answer can cover a whole field), fields by label, oldest conflict first. */
export function groupByField(conflicts: readonly SyncConflict[]): ConflictGroup[] {
  const groups = new Map<string, ConflictGroup>();
  for (const conflict of conflicts) {
    let group = groups.get(conflict.field);
    if (!group) {
      group = { field: conflict.field, label: fieldLabel(conflict.field), conflicts: [] };
      groups.set(conflict.field, group);
    }
    group.conflicts.push(conflict);
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label));
}

export type Resolution = 'keep_local' | 'take_incoming';

/** "Kept your value for 3 conflicts", for the toast after a resolution. */
export function describeResolution(resolution: Resolution, count: number): string {
  const noun = count === 1 ? 'conflict' : 'conflicts';
  return resolution === 'keep_local'
    ? `Kept your value for ${count} ${noun}`
    : `Took the CRM's value for ${count} ${noun}`;
}
