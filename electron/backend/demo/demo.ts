import type Database from 'better-sqlite3';
import { generate, type TableCounts } from './generator';
import { fakerNameSource } from './names';
import { optionalInteger, optionalProgress, requireNow } from './options';
import { writePersonalTasks } from './write-notes';

export const DEFAULT_DEMO_SEED = 42;
export const DEFAULT_DEMO_ACCOUNTS = 150;

export interface DemoOptions {
  /** The moment the demo is "today": all history ends here. */
  now: Date;
  seed?: number;
  accounts?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoSummary {
  seed: number;
  now: string;
  /** Rows written per table. */
  counts: TableCounts;
}

/**
 * Fills an empty workspace with a realistic, deterministic customer-success book: same seed
 * and same `now` give identical rows. Runs in one transaction; marks the workspace as a demo.
 */
export function generateDemoWorkspace(sqlite: Database.Database, options: DemoOptions): DemoSummary {
  const where = 'generateDemoWorkspace';
  const now = requireNow(where, options?.now);
  const seed = optionalInteger(where, 'seed', options.seed, DEFAULT_DEMO_SEED, 0, 0xffffffff);
  const accounts = optionalInteger(where, 'accounts', options.accounts, DEFAULT_DEMO_ACCOUNTS, 1, 5_000);
  const counts = generate(sqlite, {
    where,
    seed,
    now,
    accounts,
    profile: { kind: 'demo', contactsPerAccount: null, usageRowsPerAccount: null, activitiesPerAccount: null, extrasScale: 1 },
    names: (_random, nameSeed) => fakerNameSource(nameSeed),
    meta: { is_demo: '1', demo_seed: String(seed), demo_kind: 'demo', demo_now: now.toISOString() },
    onProgress: optionalProgress(where, options.onProgress),
    finish: writePersonalTasks,
  });
  return { seed, now: now.toISOString(), counts };
}
