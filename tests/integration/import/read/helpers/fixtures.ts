import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TableRow, TableSource } from '../../../../../electron/backend/import/read';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..');
/** The shared fixtures live beside the repository (CI checks ../shared out next to it). */
export const FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures');

export function fixture(relative: string): string {
  return path.join(FIXTURES, relative);
}

/** Every CSV under the fixtures folder, as paths relative to it, sorted. */
export function allFixtureCsvs(): string[] {
  return (fs.readdirSync(FIXTURES, { recursive: true }) as string[])
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

export async function readAllRows(table: TableSource): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of table.rows()) rows.push(row);
  return rows;
}
