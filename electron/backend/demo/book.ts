import type Database from 'better-sqlite3';
import { generate, type TableCounts } from './generator';
import { pooledNameSource } from './names';
import { optionalInteger, optionalProgress, requireInteger, requireNow } from './options';

export const DEFAULT_BOOK_SEED = 7;
/** A quarter of weekly usage: enough for the frequency trend (this week against the previous four). */
export const DEFAULT_BOOK_USAGE_WEEKS = 12;

export interface BookOptions {
  accounts: number;
  now: Date;
  seed?: number;
  /** Exactly this many contacts per account (default 3). */
  contactsPerAccount?: number;
  /** Exactly this many weekly usage rows per account (default 12; 50 x 100,000 accounts = 5M rows). */
  usageRowsPerAccount?: number;
  /** Exactly this many activities per account (default 5). */
  activitiesPerAccount?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BookSummary {
  seed: number;
  now: string;
  counts: TableCounts;
}

/**
 * A large synthetic book for benchmarks: the demo's shape of data with exact per-account
 * counts, built for speed (name pools instead of faker calls, multi-row prepared inserts,
 * one transaction).
 */
export function generateBook(sqlite: Database.Database, options: BookOptions): BookSummary {
  const where = 'generateBook';
  const now = requireNow(where, options?.now);
  const accounts = requireInteger(where, 'accounts', options.accounts, 1, 1_000_000);
  const seed = optionalInteger(where, 'seed', options.seed, DEFAULT_BOOK_SEED, 0, 0xffffffff);
  const contactsPerAccount = optionalInteger(where, 'contactsPerAccount', options.contactsPerAccount, 3, 1, 50);
  const usageRowsPerAccount = optionalInteger(where, 'usageRowsPerAccount', options.usageRowsPerAccount, DEFAULT_BOOK_USAGE_WEEKS, 0, 520);
  const activitiesPerAccount = optionalInteger(where, 'activitiesPerAccount', options.activitiesPerAccount, 5, 0, 500);
  const counts = generate(sqlite, {
    where,
    seed,
    now,
    accounts,
    profile: { kind: 'book', contactsPerAccount, usageRowsPerAccount, activitiesPerAccount, extrasScale: 0.3 },
    names: (random, nameSeed) => pooledNameSource(random, nameSeed),
    meta: { is_demo: '1', demo_seed: String(seed), demo_kind: 'book', demo_now: now.toISOString() },
    onProgress: optionalProgress(where, options.onProgress),
    bulkLoad: true,
  });
  return { seed, now: now.toISOString(), counts };
}
