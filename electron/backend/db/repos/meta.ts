import type Database from 'better-sqlite3';

export function readMeta(sqlite: Database.Database, key: string): string | undefined {
  const row = sqlite.prepare('SELECT value FROM workspace_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function writeMeta(sqlite: Database.Database, key: string, value: string): void {
  sqlite.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
