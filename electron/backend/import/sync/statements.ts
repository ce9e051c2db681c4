import type Database from 'better-sqlite3';

/**
 * Prepared statements by SQL text. A sync writes the same few statements hundreds of thousands
 * of times; preparing each once is most of the difference between a bare insert and us.
 */
export class Statements {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(readonly sqlite: Database.Database) {}

  get(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (statement === undefined) {
      statement = this.sqlite.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }
}
