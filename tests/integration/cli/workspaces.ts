import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';

/** An empty workspace with two accounts, one of them carrying CRM ids and custom fields. */
export async function makeWorkspaceWithAccounts(dir: string): Promise<string> {
  const dbPath = path.join(dir, 'book.csm');
  const backend = await createBackend({ dbPath, clock: fixedClock() });
  const acme = await backend.dispatch('accounts.create', {
    name: 'Acme Corporation',
    tier: 'strategic',
    segment: 'Enterprise',
    owner: 'Dana Scully',
    stage: 'adoption',
    mrr: 12500,
    arr: 150000,
    renewalDate: '2027-03-31',
  });
  await backend.dispatch('accounts.create', { name: 'Globex', tier: 'tech-touch', mrr: 99.5, arr: 1194 });
  await backend.close();

  // External ids and custom fields arrive through imports; written directly here.
  const sqlite = new Database(dbPath);
  sqlite
    .prepare("INSERT INTO external_ids (entity, entity_id, source, external_id) VALUES ('account', ?, 'salesforce', ?)")
    .run(acme.id, '0015g00000AbCdEAAZ');
  sqlite.prepare('UPDATE accounts SET custom_fields = ? WHERE id = ?').run(JSON.stringify({ 'Partner Tier': 'Gold', Employees: 1200 }), acme.id);
  sqlite.close();
  return dbPath;
}

export function makeTextFile(dir: string): string {
  const file = path.join(dir, 'notes.txt');
  fs.writeFileSync(file, 'this is a shopping list, not a workspace\n');
  return file;
}

export function makeForeignSqlite(dir: string): string {
  const file = path.join(dir, 'music.db');
  const db = new Database(file);
  db.exec("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO songs (title) VALUES ('Blue')");
  db.close();
  return file;
}

/** A workspace that a future version has migrated past what this program knows. */
export async function makeTooNewWorkspace(dir: string): Promise<string> {
  const dbPath = path.join(dir, 'future.csm');
  const backend = await createBackend({ dbPath, clock: fixedClock() });
  await backend.close();
  const db = new Database(dbPath);
  db.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999_from_the_future', '2030-01-01T00:00:00.000Z');
  db.close();
  return dbPath;
}

export function fileFingerprint(file: string): string {
  return fs.readFileSync(file).toString('base64');
}

/** Fresh temp folders for a test file, removed after each test. */
export function useTempDirs(prefix = 'csm-cli-'): () => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  return () => {
    const { dir, cleanup } = makeTempDir(prefix);
    cleanups.push(cleanup);
    return dir;
  };
}
