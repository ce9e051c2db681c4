import path from 'node:path';
import type { CustomValue } from '../../../../shared/api/dto';
import type { ObjectName } from '../../../../shared/domain/import/fields';
import { IMPLICIT_BASE_TABLES } from '../../../../electron/backend/db/migrations/0011_implicit_sync_base';
import { openWorkspace, type Workspace } from '../../../../electron/backend/db/workspace';
import type { MappedBatch, MappedRecord } from '../../../../electron/backend/import/types';
import { fixedClock, makeTempDir } from '../../../helpers/tempDir';

export const T0 = '2026-11-01T09:00:00.000Z';
export const T1 = '2026-11-02T09:00:00.000Z';
export const T2 = '2026-11-03T09:00:00.000Z';

export async function tempWorkspace(): Promise<{ ws: Workspace; file: string; done: () => Promise<void> }> {
  const { dir, cleanup } = makeTempDir('csm-sync-');
  const file = path.join(dir, 'book.csm');
  const ws = await openWorkspace(file, { ifMissing: 'create', clock: fixedClock(T0) });
  return {
    ws,
    file,
    done: async () => {
      await ws.close();
      cleanup();
    },
  };
}

export function rec(
  rowNumber: number,
  externalId: string | null,
  fields: Record<string, CustomValue>,
  custom: Record<string, CustomValue> = {},
): MappedRecord {
  return { rowNumber, externalId, fields, custom };
}

export function batchOf(object: ObjectName, records: MappedRecord[], overrides: Partial<MappedBatch> = {}): MappedBatch {
  return {
    file: `${object}.csv`,
    fileHash: 'hash-' + object,
    source: 'salesforce',
    object,
    full: false,
    mappingName: 'Salesforce default',
    records,
    invalid: [],
    ...overrides,
  };
}

export const acme = (fields: Record<string, CustomValue> = {}, custom: Record<string, CustomValue> = {}) =>
  rec(2, 'A1', { externalId: 'A1', name: 'Acme', domain: 'acme.com', tier: 'strategic', mrr: 1000, owner: 'Ann', ...fields }, custom);
export const globex = (fields: Record<string, CustomValue> = {}) =>
  rec(3, 'A2', { externalId: 'A2', name: 'Globex', domain: 'globex.io', mrr: 500, ...fields });

/**
 * Every table's rows, sorted, except SQLite's id counters and (unless asked) the batch log. A record's implicit sync state (migration 0011) is shown as the
 * state row it stands for: the dump writes every mark out inside a savepoint and rolls it back,
 * so two workspaces that remember the same values dump alike however they hold them.
 */
export function dump(ws: Workspace, options: { withBatchLog?: boolean } = {}): Record<string, unknown[]> {
  ws.sqlite.exec('SAVEPOINT dump');
  try {
    for (const table of Object.keys(IMPLICIT_BASE_TABLES)) {
      ws.sqlite.exec(`UPDATE ${table} SET sync_base_batch = sync_base_batch WHERE sync_base_batch IS NOT NULL`);
    }
    return dumpAsStored(ws, options);
  } finally {
    ws.sqlite.exec('ROLLBACK TO dump; RELEASE dump');
  }
}

function dumpAsStored(ws: Workspace, options: { withBatchLog?: boolean }): Record<string, unknown[]> {
  const skip = new Set(['sqlite_sequence', ...(options.withBatchLog ? [] : ['import_batches', 'import_batch_changes'])]);
  const tables = (ws.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
    .map((row) => row.name)
    .filter((name) => !skip.has(name));
  // Sorted as text: some tables are WITHOUT ROWID, and the order rows were written in does not matter.
  const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort().map((text) => JSON.parse(text) as unknown);
  return Object.fromEntries(tables.map((name) => [name, sorted(ws.sqlite.prepare(`SELECT * FROM ${name}`).all())]));
}

export function account(ws: Workspace, id: number): Record<string, unknown> {
  return ws.sqlite.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as Record<string, unknown>;
}

export function setAccount(ws: Workspace, id: number, column: string, value: unknown): void {
  ws.sqlite.prepare(`UPDATE accounts SET ${column} = ? WHERE id = ?`).run(value, id);
}
