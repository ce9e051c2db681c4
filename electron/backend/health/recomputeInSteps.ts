import type { HealthRecomputeResult } from '../../../shared/api/dto';
import { AppError } from '../../../shared/api/errors';
import { writeMeta } from '../db/repos/meta';
import type { Workspace } from '../db/workspace';
import { BOOK_SCORED_ON, recomputeHealth } from './recompute';
import { SCORING_CHUNK, type ScoringProgress } from './scoreBook';

/**
 * A full recompute for the app: the book in chunks, each its own transaction, yielding to the
 * event loop in between. At 100,000 accounts a recompute takes seconds; in one synchronous
 * transaction the progress events could not reach the window until it was over, and every other
 * request would wait. A failure part-way leaves the chunks before it rescored and the rest with
 * their previous snapshots — each snapshot is whole and dated, so the book stays consistent
 * per account. (The CLI and imports keep the single transaction of recomputeHealth.)
 */
export async function recomputeHealthInSteps(
  workspace: Workspace,
  now: Date,
  onProgress: (progress: ScoringProgress) => void,
): Promise<HealthRecomputeResult> {
  if (running.has(workspace)) throw new AppError('BUSY', 'Health is already being recomputed; wait for it to finish');
  running.add(workspace);
  try {
    const ids = workspace.sqlite.prepare('SELECT id FROM accounts ORDER BY id').pluck().all() as number[];
    const result: HealthRecomputeResult = { date: now.toISOString().slice(0, 10), scored: 0, notScored: 0 };
    onProgress({ done: 0, total: ids.length });
    for (let start = 0; start < ids.length; start += SCORING_CHUNK) {
      // Yield first, so even the first chunk runs after whatever the caller does next (opening the window).
      await new Promise<void>((resolve) => setImmediate(resolve));
      // The workspace was closed meanwhile (the app quit or switched): stop, the rest keeps yesterday's scores.
      if (!workspace.sqlite.open) return result;
      const chunk = recomputeHealth(workspace, { accountIds: ids.slice(start, start + SCORING_CHUNK), now });
      result.scored += chunk.scored;
      result.notScored += chunk.notScored;
      onProgress({ done: Math.min(ids.length, start + SCORING_CHUNK), total: ids.length });
    }
    if (workspace.sqlite.open) writeMeta(workspace.sqlite, BOOK_SCORED_ON, result.date);
    return result;
  } finally {
    running.delete(workspace);
  }
}

/** Workspaces with a stepped recompute under way: one at a time per workspace, from a click or on opening. */
const running = new WeakSet<Workspace>();
