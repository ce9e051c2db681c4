import type { HealthRecomputeResult } from '../../../shared/api/dto';
import { applyOverride } from '../../../shared/domain/health';
import { writeMeta } from '../db/repos/meta';
import type { Workspace } from '../db/workspace';
import { forEachAccountToScore, type ScoringProgress } from './scoreBook';
import { snapshotScore } from './snapshotScore';
import { snapshotWriter } from './snapshots';

/** workspace_meta key: the last day the whole book was scored (a full recompute), so opening can tell a stale book cheaply. */
export const BOOK_SCORED_ON = 'health.book_scored_on';

export interface RecomputeOptions {
  /** The accounts to rescore; the whole book when omitted. Ids of accounts that do not exist are skipped. */
  accountIds?: readonly number[];
  /** When the recompute runs (default: now); its UTC day is the day scored and the snapshot's date. */
  now?: Date;
}

/**
 * Scores the given accounts (or the whole book, chunk by chunk, reporting progress after each)
 * and writes today's snapshots, replacing any earlier snapshot of the same day, in one
 * transaction: a failure leaves every snapshot as it was. Overrides and pulses are read, never
 * written: one that has expired simply stops applying.
 */
export function recomputeHealth(workspace: Workspace, options: RecomputeOptions = {}, onProgress?: (progress: ScoringProgress) => void): HealthRecomputeResult {
  const { sqlite } = workspace;
  const nowIso = (options.now ?? new Date()).toISOString();
  const result: HealthRecomputeResult = { date: nowIso.slice(0, 10), scored: 0, notScored: 0 };
  sqlite.transaction(() => {
    const write = snapshotWriter(sqlite, nowIso);
    forEachAccountToScore(sqlite, nowIso, options.accountIds, (account, card, day) => {
      const computed = snapshotScore(account.inputs, card, day);
      write(account.id, day, computed, account.override === null ? null : applyOverride(computed, account.override, card.bands, day));
      if (computed.score === null) result.notScored++;
      else result.scored++;
    }, onProgress);
    if (options.accountIds === undefined) writeMeta(sqlite, BOOK_SCORED_ON, result.date);
  })();
  return result;
}
