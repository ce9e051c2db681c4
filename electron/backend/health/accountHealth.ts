import type { AccountHealthDetail } from '../../../shared/api/dto';
import { healthTrend, type Band } from '../../../shared/domain/health';
import type { Workspace } from '../db/workspace';
import { overrideHistory } from './overrides';
import { explainAccount, forEachAccountToScore, type ExplainedAccount } from './scoreBook';
import { snapshotsOf } from './snapshots';

/**
 * One account's health as of `now`, computed afresh (one account's inputs are a handful of
 * indexed queries) so every measure comes explained; the trend comes from its stored
 * snapshots, the pulse and override history from health_overrides. Undefined when the account
 * does not exist.
 */
export function accountHealthDetail(workspace: Workspace, accountId: number, now: Date): AccountHealthDetail | undefined {
  let explained: ExplainedAccount | undefined;
  let bands: Band[] = [];
  const day = forEachAccountToScore(workspace.sqlite, now.toISOString(), [accountId], (account, card, scoredOn) => {
    explained = explainAccount(account, card, scoredOn);
    bands = card.bands.map((band) => ({ ...band }));
  });
  if (explained === undefined) return undefined;
  return {
    accountId,
    health: explained.health,
    effective: explained.effective,
    trend: healthTrend(snapshotsOf(workspace.sqlite, accountId)),
    bands,
    history: overrideHistory(workspace.sqlite, accountId, day),
  };
}
