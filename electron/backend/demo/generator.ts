import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { withBulkLoadJournal } from './bulk-journal';
import { planAccount } from './account-plan';
import type { GenerationProfile, GeneratorContext } from './context';
import { ExternalIdFactory } from './external-ids';
import type { NameSource } from './names';
import { planPortfolio } from './portfolio';
import { createRandom, type Random } from './random';
import { createTables, GENERATED_TABLES, type GeneratedTable } from './tables';
import { createWindow } from './window';
import { writeAccount } from './write-account';
import { writeActivities } from './write-activities';
import { writeContacts } from './write-contacts';
import { writeNotesAndTasks } from './write-notes';
import { writeOpportunities } from './write-opportunities';
import { writeNpsResponses, writeTickets } from './write-support';
import { writeUsage } from './write-usage';

export type TableCounts = Record<GeneratedTable, number>;

export interface GenerateParams {
  /** The public function's name, for error messages. */
  where: string;
  seed: number;
  now: Date;
  accounts: number;
  profile: GenerationProfile;
  names: (random: Random, seed: number) => NameSource;
  /** workspace_meta entries to set (in the same transaction). */
  meta: Record<string, string>;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Extra rows after the accounts (still inside the transaction). */
  finish?: (ctx: GeneratorContext) => void;
  /** Large books: write through the rollback journal (see bulk-journal.ts). */
  bulkLoad?: boolean;
}

/**
 * The one loop behind the demo and the benchmark book: plans each account, writes all of its
 * rows through batched prepared statements, all inside one transaction (so a failure, or an
 * exception thrown by onProgress, leaves the workspace as it was).
 */
export function generate(sqlite: Database.Database, params: GenerateParams): TableCounts {
  assertEmptyWorkspace(sqlite, params.where);
  const random = createRandom(params.seed);
  const seeds = planPortfolio(random, params.accounts);
  const { writer, tables } = createTables(sqlite);
  const ctx: GeneratorContext = {
    random,
    names: params.names(random, params.seed),
    externalIds: new ExternalIdFactory(random.fork(2)),
    tables,
    window: createWindow(params.now),
    profile: params.profile,
    takenDomains: new Set(),
    nextId: { account: 1, contact: 1, opportunity: 1, ticket: 1, nps: 1, activity: 1, note: 1, task: 1 },
  };
  const total = params.accounts;
  const step = Math.max(1, Math.floor(total / 100));
  const setMeta = sqlite.prepare('INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)');

  const load = sqlite.transaction(() => {
    for (let i = 0; i < total; i++) {
      const plan = planAccount(ctx, seeds[i]!, ctx.nextId.account++);
      writeAccount(ctx, plan);
      const contacts = writeContacts(ctx, plan);
      writeUsage(ctx, plan);
      writeTickets(ctx, plan);
      writeNpsResponses(ctx, plan, contacts);
      const activities = writeActivities(ctx, plan, contacts);
      writeOpportunities(ctx, plan);
      writeNotesAndTasks(ctx, plan, contacts, activities);
      writer.flushIfFull();
      if ((i + 1) % step === 0 || i + 1 === total) params.onProgress?.(i + 1, total);
    }
    params.finish?.(ctx);
    writer.flushAll();
    for (const [key, value] of Object.entries(params.meta)) setMeta.run(key, value);
  });
  if (params.bulkLoad) withBulkLoadJournal(sqlite, () => load());
  else load();
  return writer.counts() as TableCounts;
}

function assertEmptyWorkspace(sqlite: Database.Database, where: string): void {
  const existing = new Set(
    (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
  );
  const missing = GENERATED_TABLES.filter((table) => !existing.has(table));
  if (missing.length > 0) {
    throw new AppError('NOT_A_WORKSPACE', `${where}: the database has no ${missing[0]} table (open it with openWorkspace first)`);
  }
  for (const table of GENERATED_TABLES) {
    if (sqlite.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined) {
      throw new AppError('BAD_INPUT', `${where}: the workspace already holds data (table ${table} is not empty); use a new workspace`, {
        table,
      });
    }
  }
}
