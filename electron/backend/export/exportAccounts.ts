import type Database from 'better-sqlite3';
import { allExternalIds } from '../db/repos/externalIds';
import { listAccountRows } from '../db/repos/accounts';
import { formatCsv, neutraliseFormula } from './csv';
import { CRM_FORMATS, type ExportFormat } from './crmFormats';
import { OWNED_ACCOUNT_FIELDS } from './ownedFields';

export interface AccountExport {
  csv: string;
  /** Data rows written (the header not counted). */
  written: number;
  /** Accounts with no id for this CRM: the CRM has no record to update. */
  withoutId: number;
  /** Accounts whose stored id is not a valid id for this CRM, so the import would reject the row. */
  invalidId: number;
}

/** The owned account fields as the CRM's update CSV, one row per account that has that CRM's id. */
export function exportAccounts(sqlite: Database.Database, format: ExportFormat): AccountExport {
  const crm = CRM_FORMATS[format];
  const externalIds = allExternalIds(sqlite, 'account');
  const header = [crm.idHeader, ...OWNED_ACCOUNT_FIELDS.map((field) => crm.columnHeader(field))];
  const rows: string[][] = [];
  let withoutId = 0;
  let invalidId = 0;
  for (const account of listAccountRows(sqlite)) {
    const stored = externalIds.get(account.id)?.[crm.source];
    if (stored === undefined) {
      withoutId++;
      continue;
    }
    const id = crm.normalizeId(stored);
    if (id === null) {
      invalidId++;
      continue;
    }
    rows.push([id, ...OWNED_ACCOUNT_FIELDS.map((field) => neutraliseFormula(field.value(account)))]);
  }
  return { csv: formatCsv(header, rows, crm.lineEnding), written: rows.length, withoutId, invalidId };
}
