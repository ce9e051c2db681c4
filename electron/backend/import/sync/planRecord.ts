import type Database from 'better-sqlite3';
import type { CustomFields, CustomValue } from '../../../../shared/api/dto';
import { parseCustomFields } from '../../db/repos/json';
import type { MappedRecord } from '../types';
import { decideField } from './merge';
import type { SyncObject } from './objects/types';
import type { PlannedConflict, RecordPlan } from './planTypes';
import type { ExistingState } from './recordState';
import { CUSTOM_PREFIX, toJson } from './values';

/**
 * Fields a record carries that are links, not columns: its own id, and ids of other records in
 * the same CRM (accountExternalId, subscriptionExternalId, ...) that SyncObject.resolveLinks resolves.
 */
function isLinkField(name: string): boolean {
  return name === 'externalId' || name.endsWith('ExternalId');
}

export interface RecordContext {
  sqlite: Database.Database;
  object: SyncObject;
  source: string;
}

/** The synced fields of a record (links resolved), or why it cannot be imported. */
export function incomingFields(
  ctx: RecordContext,
  record: MappedRecord,
  isNew: boolean,
): { fields: Record<string, CustomValue> } | { error: string } {
  const { object } = ctx;
  const fields: Record<string, CustomValue> = {};
  for (const name in record.fields) {
    const value = record.fields[name] as CustomValue;
    if (isLinkField(name)) continue;
    if (!(name in object.columns)) return { error: `${name} is not a field of ${object.object}` };
    if (value === null && object.notNullFields.includes(name)) continue; // cannot be cleared: ignore
    fields[name] = value;
  }
  const links = object.resolveLinks?.(ctx.sqlite, ctx.source, record, isNew) ?? { fields: {} };
  if ('error' in links) return links;
  Object.assign(fields, links.fields);
  if (isNew && object.requiredForNew.some((name) => fields[name] === undefined || fields[name] === '')) {
    const missing = object.requiredForNew.filter((name) => fields[name] === undefined || fields[name] === '');
    return { error: `a new ${object.noun} needs ${missing.join(', ')}` };
  }
  return { fields };
}

/** "custom:<header>" for each header, made once: a file repeats the same few headers on every row. */
const CUSTOM_KEYS = new Map<string, string>();
function customKey(header: string): string {
  let key = CUSTOM_KEYS.get(header);
  if (key === undefined) {
    key = CUSTOM_PREFIX + header;
    if (CUSTOM_KEYS.size < 10_000) CUSTOM_KEYS.set(header, key);
  }
  return key;
}

/**
 * The values a new record remembers as last imported, when they are written out as a state row
 * (most new records keep them implicit: see implicitBase.ts).
 */
export function rememberedOnCreate(fields: Readonly<Record<string, CustomValue>>, custom: CustomFields | null): Record<string, CustomValue> {
  const remember: Record<string, CustomValue> = { ...fields };
  for (const key in custom) remember[customKey(key)] = custom[key]!;
  return remember;
}

/** A new record: its columns and custom fields as they come (`remember` stays empty: the writer decides how the state is kept). */
export function planNewRecord(
  record: MappedRecord,
  fields: Record<string, CustomValue>,
  rule: string,
): RecordPlan {
  return {
    row: record.rowNumber,
    externalId: record.externalId || null,
    recordId: null,
    action: 'new',
    rule,
    addExternalId: Boolean(record.externalId),
    columns: fields,
    customFields: record.custom,
    remember: {},
    conflicts: [],
    clearMissing: false,
    existing: null,
  };
}

/** The three-way merge of every incoming field and custom field of a matched record. */
export function planExistingRecord(
  ctx: RecordContext,
  record: MappedRecord,
  recordId: number,
  fields: Record<string, CustomValue>,
  match: { rule: string; byExternalId: boolean },
  state: ExistingState,
): RecordPlan {
  const lastImported = state.lastImported ?? {};
  const lastImportedJson = (field: string): string | undefined =>
    Object.prototype.hasOwnProperty.call(lastImported, field) ? toJson(lastImported[field]) : undefined;
  const columns: Record<string, CustomValue> = {};
  const remember: Record<string, CustomValue> = {};
  const conflicts: PlannedConflict[] = [];
  const localCustom = parseCustomFields(state.row['custom_fields'] as string);
  const nextCustom: CustomFields = { ...localCustom };
  let customChanged = false;

  const { defaults, naturalKey } = ctx.object;
  const consider = (field: string, local: CustomValue | undefined, incoming: CustomValue, write: () => void) => {
    if (field === naturalKey.field && sameIgnoringCase(local, incoming)) {
      // The record matched on this key case-insensitively: ACME.com and acme.com are one domain.
      if (lastImportedJson(field) === undefined) remember[field] = incoming;
      return;
    }
    const decision = decideField(local, incoming, lastImportedJson(field), defaults[field]);
    if (decision.rememberIncoming) remember[field] = incoming;
    if (decision.outcome === 'take') write();
    if (decision.outcome !== 'conflict') return;
    const open = state.openConflicts.get(field) ?? [];
    if (open.some((conflict) => conflict.incomingJson === toJson(incoming))) return; // already asked
    conflicts.push({
      field,
      local: local ?? null,
      incoming,
      lastImportedJson: lastImportedJson(field) ?? null,
      supersedes: open.map((conflict) => conflict.id),
    });
  };

  for (const [field, incoming] of Object.entries(fields)) {
    const column = ctx.object.columns[field]!;
    consider(field, state.row[column] as CustomValue, incoming, () => {
      columns[field] = incoming;
    });
  }
  for (const [key, incoming] of Object.entries(record.custom)) {
    consider(CUSTOM_PREFIX + key, localCustom[key], incoming, () => {
      nextCustom[key] = incoming;
      customChanged = true;
    });
  }

  const changed = Object.keys(columns).length > 0 || customChanged;
  return {
    row: record.rowNumber,
    externalId: record.externalId || null,
    recordId,
    action: conflicts.length > 0 ? 'conflict' : changed ? 'updated' : 'unchanged',
    rule: match.rule,
    addExternalId: !match.byExternalId && Boolean(record.externalId),
    columns,
    customFields: customChanged ? nextCustom : null,
    remember,
    conflicts,
    clearMissing: state.flaggedMissing,
    existing: state,
  };
}

function sameIgnoringCase(a: CustomValue | undefined, b: CustomValue): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}
