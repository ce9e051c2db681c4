import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend, type Backend } from '../../../electron/backend';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import type { BackendEvent } from '../../../shared/api';
import type { AppError } from '../../../shared/api/errors';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { alphaUsageSql, BOOK_SQL, NOW } from '../health/book';

export interface BookBackend {
  backend: Backend;
  /** A second connection to the same file, to read what the back-end stored. */
  db: Database.Database;
  events: BackendEvent[];
  close: () => Promise<void>;
}

/**
 * The hand-built health book (tests/integration/health/book.ts) in a fresh temp workspace behind
 * a real back-end, with `extraSql` run first and every event it emits recorded.
 */
export async function openBookBackend(extraSql = ''): Promise<BookBackend> {
  const { dir, cleanup } = makeTempDir('csm-scorecard-order-');
  const file = path.join(dir, 'book.csm');
  const seeded = await openWorkspace(file, { ifMissing: 'create', clock: fixedClock() });
  seeded.sqlite.exec(BOOK_SQL + alphaUsageSql() + extraSql);
  await seeded.close();
  const backend = await createBackend({ dbPath: file, clock: () => NOW, ifMissing: 'fail', workspacesDir: dir });
  const events: BackendEvent[] = [];
  const unsubscribe = backend.events.subscribe((event) => events.push(event));
  const db = new Database(file);
  return {
    backend,
    db,
    events,
    close: async () => {
      unsubscribe();
      db.close();
      await backend.close();
      cleanup();
    },
  };
}

/** The AppError a dispatch rejected with; fails the test when it resolved. */
export const rejection = (promise: Promise<unknown>): Promise<AppError> =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as AppError,
  );

export interface SnapshotRow {
  id: number;
  band: string;
  card: string;
  version: number;
}

/** Each account's snapshot of the day: its band and the scorecard version that scored it. */
export const snapshots = (db: Database.Database): SnapshotRow[] =>
  db
    .prepare('SELECT account_id AS id, band, scorecard_id AS card, scorecard_version AS version FROM health_snapshots ORDER BY account_id')
    .all() as SnapshotRow[];
