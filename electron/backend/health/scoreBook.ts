import type Database from 'better-sqlite3';
import { applyOverride, scoreAccount, type AccountHealth, type EffectiveHealth, type Scorecard } from '../../../shared/domain/health';
import { gatherHealthInputs, type GatheredAccount } from './gatherInputs';
import { loadScorecards, scorecardFor } from './scorecards';
import { inputWindows } from './window';

/** Accounts gathered and scored together: big enough for set-based queries, small enough to keep memory flat. */
export const SCORING_CHUNK = 2000;

export interface ScoringProgress {
  done: number;
  total: number;
}

/** An account's inputs with the scorecard that applies to it, ready to score on `day`. */
export type AccountToScore = (account: GatheredAccount, card: Scorecard, day: string) => void;

/**
 * Gathers accounts as of the UTC day of `nowIso`, `SCORING_CHUNK` at a time (the ids given, or
 * every account by id), and hands each to `visit` with its scorecard, reporting progress after
 * each chunk. Returns the day. Writes nothing but the default scorecard on first use.
 */
export function forEachAccountToScore(
  sqlite: Database.Database,
  nowIso: string,
  accountIds: readonly number[] | undefined,
  visit: AccountToScore,
  onProgress?: (progress: ScoringProgress) => void,
): string {
  const windows = inputWindows(nowIso.slice(0, 10));
  const scorecards = loadScorecards(sqlite, nowIso);
  const ids = accountIds !== undefined ? [...new Set(accountIds)] : (sqlite.prepare('SELECT id FROM accounts ORDER BY id').pluck().all() as number[]);
  for (let start = 0; start < ids.length; start += SCORING_CHUNK) {
    for (const account of gatherHealthInputs(sqlite, ids.slice(start, start + SCORING_CHUNK), windows)) {
      visit(account, scorecardFor(account, scorecards), windows.day);
    }
    onProgress?.({ done: Math.min(ids.length, start + SCORING_CHUNK), total: ids.length });
  }
  return windows.day;
}

export interface ExplainedAccount {
  accountId: number;
  health: AccountHealth;
  effective: EffectiveHealth;
}

/** An account's health with every measure explained, and the override in force on `day`. */
export function explainAccount(account: GatheredAccount, card: Scorecard, day: string): ExplainedAccount {
  const health = scoreAccount(account.inputs, card, day);
  return { accountId: account.id, health, effective: applyOverride(health, account.override, card.bands, day) };
}
