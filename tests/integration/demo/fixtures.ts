import { createHash } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openWorkspace, type Workspace } from '../../../electron/backend/db/workspace';
import { GENERATED_TABLES } from '../../../electron/backend/demo';
import { makeTempDir } from '../../helpers/tempDir';

/** The demo's "today" in these tests: mid-month, mid-morning, so month and day edges are exercised. */
export const DEMO_NOW = new Date('2025-06-11T10:30:00.000Z');

export interface TempWorkspace {
  workspace: Workspace;
  sqlite: Database.Database;
  close(): Promise<void>;
}

/** A fresh workspace file in its own temp folder, with a fixed clock. */
export async function openTempWorkspace(now: Date = DEMO_NOW, name = 'demo.csm.db'): Promise<TempWorkspace> {
  const { dir, cleanup } = makeTempDir('csm-demo-');
  const workspace = await openWorkspace(path.join(dir, name), { ifMissing: 'create', clock: () => now });
  return {
    workspace,
    sqlite: workspace.sqlite,
    close: async () => {
      await workspace.close();
      cleanup();
    },
  };
}

/** Every generated table plus workspace_meta, each dumped in a stable order and hashed. */
export function hashTables(sqlite: Database.Database): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const table of [...GENERATED_TABLES, 'workspace_meta']) {
    const columns = (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    const order = columns.map((_, i) => i + 1).join(', ');
    const hash = createHash('sha256');
    for (const row of sqlite.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).raw().iterate()) {
      hash.update(JSON.stringify(row));
      hash.update('\n');
    }
    hashes[table] = hash.digest('hex');
  }
  return hashes;
}

export function countRows(sqlite: Database.Database, table: string): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export function scalar<T>(sqlite: Database.Database, sql: string, ...params: unknown[]): T {
  return sqlite.prepare(sql).pluck().get(...params) as T;
}

export function column<T>(sqlite: Database.Database, sql: string, ...params: unknown[]): T[] {
  return sqlite.prepare(sql).pluck().all(...params) as T[];
}
