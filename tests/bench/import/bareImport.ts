import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { parse } from 'csv-parse';

/**
 * The import baseline: each file parsed by csv-parse into arrays and inserted through one
 * prepared statement into a plain table of text columns, every file in one transaction (the
 * caller opens the database as a workspace is opened: WAL, synchronous=NORMAL). No mapping, no
 * matching, no history: the floor any importer of the same rows stands on. Returns the rows.
 */
export async function bareImport(sqlite: Database.Database, files: readonly string[]): Promise<number> {
  let rows = 0;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    for (const [index, file] of files.entries()) {
      const records = fs.createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }));
      let insert: Database.Statement | null = null;
      let width = 0;
      for await (const record of records as AsyncIterable<string[]>) {
        if (insert === null) {
          width = record.length;
          const table = `t${index}_${path.basename(file, path.extname(file)).replace(/\W/g, '_')}`;
          sqlite.exec(`CREATE TABLE ${table} (${record.map((_, i) => `c${i} TEXT`).join(', ')})`);
          insert = sqlite.prepare(`INSERT INTO ${table} VALUES (${record.map(() => '?').join(', ')})`);
          continue;
        }
        insert.run(record.length === width ? record : Array.from({ length: width }, (_, i) => record[i] ?? ''));
        rows++;
      }
    }
    sqlite.exec('COMMIT');
  } catch (error) {
    sqlite.exec('ROLLBACK');
    throw error;
  }
  return rows;
}
