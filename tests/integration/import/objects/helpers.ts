import { afterEach, beforeEach } from 'vitest';
import type { Workspace } from '../../../../electron/backend/db/workspace';
import { commitImport } from '../../../../electron/backend/import/sync';
import type { ImportSummary, MappedBatch, MappedRecord } from '../../../../electron/backend/import/types';
import type { ObjectName } from '../../../../shared/domain/import/fields';
import { fixedClock } from '../../../helpers/tempDir';
import { acme, batchOf, globex, T1, tempWorkspace } from '../sync/helpers';

/** Imports records as one batch of the given object (source salesforce) and returns its summary. */
export function importRecords(
  ws: Workspace,
  object: ObjectName,
  records: MappedRecord[],
  overrides: Partial<MappedBatch> = {},
  at = T1,
): ImportSummary {
  return commitImport(ws, batchOf(object, records, overrides), { clock: fixedClock(at) });
}

/** Acme (salesforce id A1) and Globex (A2), as every object here needs an account. */
export function importTwoAccounts(ws: Workspace): { acmeId: number; globexId: number } {
  const summary = importRecords(ws, 'accounts', [acme(), globex()]);
  const [first, second] = summary.matches;
  return { acmeId: first!.recordId!, globexId: second!.recordId! };
}

/** Rows of one table, all columns, in id order. */
export function rowsOf(ws: Workspace, table: string): Record<string, unknown>[] {
  return ws.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
}

/** Each invalid row as [row, reason]. */
export function reasons(summary: ImportSummary): [number, string][] {
  return summary.errors.map((error) => [error.row, error.reason]);
}

export interface AccountsWorkspace {
  ws: Workspace;
  acmeId: number;
  globexId: number;
}

/** A fresh workspace for each test, holding Acme (salesforce id A1) and Globex (A2). */
export function useAccountsWorkspace(): AccountsWorkspace {
  const current = {} as AccountsWorkspace;
  let done = async (): Promise<void> => undefined;
  beforeEach(async () => {
    const temp = await tempWorkspace();
    done = temp.done;
    Object.assign(current, { ws: temp.ws }, importTwoAccounts(temp.ws));
  });
  afterEach(async () => done());
  return current;
}
