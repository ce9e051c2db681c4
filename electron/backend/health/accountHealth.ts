import type { AccountHealthDetail } from '../../../shared/api/dto';
import { healthTrend } from '../../../shared/domain/health';
import type { Workspace } from '../db/workspace';
import { explainAccount, forEachAccountToScore, type ExplainedAccount } from './scoreBook';
import { snapshotsOf } from './snapshots';

/**
 * One account's health as of `now`, computed afresh (one account's inputs are a handful of
 * indexed queries) so every measure comes explained; the trend comes from its stored
 * snapshots. Undefined when the account does not exist.
 */
export function accountHealthDetail(workspace: Workspace, accountId: number, now: Date): AccountHealthDetail | undefined {
  let explained: ExplainedAccount | undefined;
  forEachAccountToScore(workspace.sqlite, now.toISOString(), [accountId], (account, card, day) => (explained = explainAccount(account, card, day)));
  if (explained === undefined) return undefined;
  return { accountId, health: explained.health, effective: explained.effective, trend: healthTrend(snapshotsOf(workspace.sqlite, accountId)) };
}
