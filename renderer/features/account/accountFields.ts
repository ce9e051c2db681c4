import type { Account, AccountPatch } from '../../../shared/api';
import { dayNumber } from '../../lib/dates';
import { STAGE_OPTIONS, STATUS_OPTIONS, TIER_OPTIONS, type Option } from '../../lib/labels';
import { parseNumberInput } from '../../lib/numbers';

/** The profile fields of the account page, and how text typed into each becomes a patch value. */
export type FieldKind = 'text' | 'requiredText' | 'select' | 'money' | 'int' | 'date' | 'currency';
export type EditableKey = keyof AccountPatch;

export interface AccountFieldDef {
  key: EditableKey;
  label: string;
  kind: FieldKind;
  options?: readonly Option[];
  /** A select that may be left empty ("—"). */
  nullable?: boolean;
}

export const ACCOUNT_FIELDS: readonly AccountFieldDef[] = [
  { key: 'name', label: 'Name', kind: 'requiredText' },
  { key: 'domain', label: 'Domain', kind: 'text' },
  { key: 'tier', label: 'Tier', kind: 'select', options: TIER_OPTIONS, nullable: true },
  { key: 'segment', label: 'Segment', kind: 'text' },
  { key: 'owner', label: 'Owner', kind: 'text' },
  { key: 'stage', label: 'Stage', kind: 'select', options: STAGE_OPTIONS, nullable: true },
  { key: 'status', label: 'Status', kind: 'select', options: STATUS_OPTIONS },
  { key: 'mrr', label: 'MRR', kind: 'money' },
  { key: 'arr', label: 'ARR', kind: 'money' },
  { key: 'currency', label: 'Currency', kind: 'currency' },
  { key: 'contractStart', label: 'Contract start', kind: 'date' },
  { key: 'renewalDate', label: 'Renewal date', kind: 'date' },
  { key: 'seats', label: 'Seats', kind: 'int' },
  { key: 'industry', label: 'Industry', kind: 'text' },
  { key: 'region', label: 'Region', kind: 'text' },
];

export type PatchValue = string | number | null;

/** The text an input shows for the account's current value. */
export function fieldInputValue(account: Account, def: AccountFieldDef): string {
  const value = account[def.key];
  if (value === null || value === undefined) return '';
  return String(value);
}

export type ParseResult = { ok: true; value: PatchValue } | { ok: false; message: string };

/** Reads what was typed; a clear one-line message (naming the field) when it cannot be saved. */
export function parseFieldInput(def: AccountFieldDef, text: string): ParseResult {
  const trimmed = text.trim();
  switch (def.kind) {
    case 'requiredText':
      return trimmed ? { ok: true, value: trimmed } : { ok: false, message: `${def.label} cannot be empty.` };
    case 'text':
      return { ok: true, value: trimmed === '' ? null : trimmed };
    case 'select': {
      if (trimmed === '') {
        return def.nullable ? { ok: true, value: null } : { ok: false, message: `Choose a ${def.label.toLowerCase()}.` };
      }
      const known = (def.options ?? []).some((o) => o.value === trimmed);
      return known ? { ok: true, value: trimmed } : { ok: false, message: `${def.label}: unknown value "${trimmed}".` };
    }
    case 'money': {
      const n = parseNumberInput(trimmed);
      if (n === null) return { ok: false, message: `${def.label} is required (0 or more).` };
      if (Number.isNaN(n)) return { ok: false, message: `${def.label} must be a number, like 12000 or 12,000.50.` };
      if (n < 0) return { ok: false, message: `${def.label} cannot be negative.` };
      return { ok: true, value: n };
    }
    case 'int': {
      const n = parseNumberInput(trimmed);
      if (n === null) return { ok: true, value: null };
      if (Number.isNaN(n) || !Number.isInteger(n) || n < 0) {
        return { ok: false, message: `${def.label} must be a whole number, 0 or more.` };
      }
      return { ok: true, value: n };
    }
    case 'date':
      if (trimmed === '') return { ok: true, value: null };
      return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) && dayNumber(trimmed) !== null
        ? { ok: true, value: trimmed }
        : { ok: false, message: `${def.label} must be a date (YYYY-MM-DD).` };
    case 'currency':
      return /^[A-Za-z]{3}$/.test(trimmed)
        ? { ok: true, value: trimmed.toUpperCase() }
        : { ok: false, message: `${def.label} is a 3-letter code, like USD or EUR.` };
  }
}

/** The one-field patch a save sends. */
export function patchFor(def: AccountFieldDef, value: PatchValue): AccountPatch {
  return { [def.key]: value } as AccountPatch;
}

/** True when saving `value` would change nothing. */
export function isUnchanged(account: Account, def: AccountFieldDef, value: PatchValue): boolean {
  return (account[def.key] ?? null) === value;
}
