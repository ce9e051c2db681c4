import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { LATEST_MIGRATION } from '../../../electron/backend/db/migrations';
import { AppError } from '../../../shared/api/errors';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { useTempBackend } from '../../helpers/backend';

async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe('workspace files', () => {
  const tempBackend = useTempBackend();

  it('creates an empty workspace in WAL mode with foreign keys on, and reports it', async () => {
    const { backend } = await tempBackend();
    const info = await backend.dispatch('workspace.info', {});
    expect(info).toMatchObject({ isDemo: false, accountCount: 0, schemaVersion: LATEST_MIGRATION });
    expect(fs.existsSync(info.path)).toBe(true);
    const raw = new Database(info.path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('keeps data across close and reopen', async () => {
    const { dir, cleanup } = makeTempDir();
    const dbPath = path.join(dir, 'w.csm');
    const first = await createBackend({ dbPath, clock: fixedClock() });
    await first.dispatch('accounts.create', { name: 'Acme' });
    await first.close();
    const second = await createBackend({ dbPath, clock: fixedClock(), ifMissing: 'fail' });
    const { rows } = await second.dispatch('accounts.list', {});
    expect(rows.map((r) => r.name)).toEqual(['Acme']);
    await second.close();
    cleanup();
  });

  it('refuses a missing file when asked not to create one', async () => {
    const { dir, cleanup } = makeTempDir();
    const error = await expectAppError(
      createBackend({ dbPath: path.join(dir, 'nope.csm'), ifMissing: 'fail' }),
      'WORKSPACE_MISSING',
    );
    expect(error.message).toContain('nope.csm');
    expect(fs.existsSync(path.join(dir, 'nope.csm'))).toBe(false);
    cleanup();
  });

  it('refuses a text file and leaves it untouched', async () => {
    const { dir, cleanup } = makeTempDir();
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'hello, this is not a database\n');
    await expectAppError(createBackend({ dbPath: file, ifMissing: 'fail' }), 'NOT_A_WORKSPACE');
    expect(fs.readFileSync(file, 'utf8')).toBe('hello, this is not a database\n');
    cleanup();
  });

  it("refuses another program's SQLite database", async () => {
    const { dir, cleanup } = makeTempDir();
    const file = path.join(dir, 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)');
    other.close();
    const before = fs.readFileSync(file);
    const error = await expectAppError(createBackend({ dbPath: file, ifMissing: 'fail' }), 'NOT_A_WORKSPACE');
    expect(error.message).toMatch(/not a CSM workspace/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    cleanup();
  });

  it('refuses a workspace migrated by a newer version, naming the unknown migration', async () => {
    const { dir, cleanup } = makeTempDir();
    const dbPath = path.join(dir, 'future.csm');
    const backend = await createBackend({ dbPath, clock: fixedClock() });
    await backend.close();
    const raw = new Database(dbPath);
    raw.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999_from_the_future', new Date().toISOString());
    raw.close();
    const error = await expectAppError(createBackend({ dbPath, ifMissing: 'fail' }), 'WORKSPACE_TOO_NEW');
    expect(error.message).toContain('9999_from_the_future');
    cleanup();
  });

  it('switches to a new empty workspace and emits workspace.changed', async () => {
    const { backend, dir } = await tempBackend();
    await backend.dispatch('accounts.create', { name: 'Kept in the first file' });
    const seen: string[] = [];
    backend.events.subscribe((event) => seen.push(event.name));
    const target = path.join(dir, 'second.csm');
    const info = await backend.dispatch('workspace.create', { kind: 'empty', path: target });
    expect(info).toMatchObject({ path: target, accountCount: 0, isDemo: false });
    expect(seen).toContain('workspace.changed');
    await expectAppError(backend.dispatch('workspace.create', { kind: 'empty', path: target }), 'BAD_INPUT');
    const reopened = await backend.dispatch('workspace.open', { path: path.join(dir, 'workspace.csm') });
    expect(reopened.accountCount).toBe(1);
  });

  it('reports a bad path on open without closing the current workspace', async () => {
    const { backend, dir } = await tempBackend();
    await expectAppError(backend.dispatch('workspace.open', { path: path.join(dir, 'missing.csm') }), 'WORKSPACE_MISSING');
    expect((await backend.dispatch('workspace.info', {})).path).toBe(path.join(dir, 'workspace.csm'));
  });
});
