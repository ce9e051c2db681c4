import type { Workspace } from '../db/workspace';
import { recomputeHealth } from '../health';
import { accountsTouchedByBatches } from './sync/affectedAccounts';

/**
 * Rescores exactly the accounts an import touched (issue 4: "an import ... rescores exactly the
 * affected accounts"), once its run has committed. When it touched most of the book (a first
 * import) one set-based pass over the whole book is cheaper than id lists, so the whole book is
 * rescored instead. Returns how many accounts were rescored.
 */
export function rescoreAfterImport(workspace: Workspace, batchIds: readonly (number | null)[], now: Date): number {
  const batches = batchIds.filter((id): id is number => id !== null);
  const accountIds = accountsTouchedByBatches(workspace.sqlite, batches);
  if (accountIds.length === 0) return 0;
  const book = workspace.sqlite.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
  if (accountIds.length * 2 > book) {
    recomputeHealth(workspace, { now });
    return book;
  }
  recomputeHealth(workspace, { accountIds, now });
  return accountIds.length;
}
