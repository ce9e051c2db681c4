import Database from 'better-sqlite3';
import type { Backend } from '../../../../electron/backend';
import { summaryOf } from '../../importWizard/helpers';

/** Registers, inspects and commits one file with the mapping inspect proposed; its one table's summary. */
export async function importFile(backend: Backend, file: string, object: string) {
  const staged = await backend.dispatch('files.register', { path: file });
  const { tables } = await backend.dispatch('imports.inspect', { fileIds: [staged.fileId] });
  const result = await backend.dispatch('imports.commit', {
    taskId: `import ${file}`,
    full: false,
    tables: [{ tableKey: staged.fileId, mapping: tables[0]!.mapping! }],
  });
  return summaryOf(result, object);
}

/** Reads the workspace beside the running back-end (WAL lets a second connection read). */
export function query<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(dbPath, { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

/** A clock the test moves on: each step of a scenario happens later than the one before. */
export function steppingClock(start: string) {
  let now = new Date(start).getTime();
  return {
    clock: () => new Date(now),
    advance: (minutes = 60) => {
      now += minutes * 60_000;
    },
  };
}
