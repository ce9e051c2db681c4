import type { HealthRecomputeResult } from '../../../shared/api/dto';
import type { Workspace } from '../db/workspace';
import { recomputeHealth } from './recompute';
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
  const ids = workspace.sqlite.prepare('SELECT id FROM accounts ORDER BY id').pluck().all() as number[];
  const result: HealthRecomputeResult = { date: now.toISOString().slice(0, 10), scored: 0, notScored: 0 };
  onProgress({ done: 0, total: ids.length });
  for (let start = 0; start < ids.length; start += SCORING_CHUNK) {
    const chunk = recomputeHealth(workspace, { accountIds: ids.slice(start, start + SCORING_CHUNK), now });
    result.scored += chunk.scored;
    result.notScored += chunk.notScored;
    onProgress({ done: Math.min(ids.length, start + SCORING_CHUNK), total: ids.length });
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return result;
}
