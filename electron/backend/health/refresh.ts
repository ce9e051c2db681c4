import { readMeta } from '../db/repos/meta';
import type { Workspace } from '../db/workspace';
import { BOOK_SCORED_ON, recomputeHealth } from './recompute';
import { recomputeHealthInSteps } from './recomputeInSteps';

/** How far back a new demo's health history reaches, so its sparklines and trends have something to show. */
export const DEMO_HEALTH_HISTORY_WEEKS = 12;
/** Up to this many accounts a stale book is rescored before the workspace opens (well under a second). */
export const OPEN_REFRESH_IN_LINE_LIMIT = 5_000;
const DAY_MS = 86_400_000;

/**
 * Scores a new demo book as it stood each week of the last few weeks and today: the inputs are
 * dated, so scoring "as of" a past day gives the history a real workspace would have built up.
 */
export function backfillHealthHistory(workspace: Workspace, now: Date, weeks = DEMO_HEALTH_HISTORY_WEEKS): void {
  for (let week = weeks; week >= 1; week--) recomputeHealth(workspace, { now: new Date(now.getTime() - week * 7 * DAY_MS) });
  recomputeHealth(workspace, { now });
}

/** True when the book has accounts and was last scored as a whole before today (or never). */
export function isHealthStale(workspace: Workspace, now: Date): boolean {
  const scoredOn = readMeta(workspace.sqlite, BOOK_SCORED_ON);
  if (scoredOn !== undefined && scoredOn >= now.toISOString().slice(0, 10)) return false;
  return workspace.sqlite.prepare('SELECT EXISTS (SELECT 1 FROM accounts)').pluck().get() === 1;
}

/**
 * Rescores a stale book on opening: scores age by themselves (a cadence falls overdue, a renewal
 * comes closer, a usage window slides), so a CSM opening the workbench in the morning sees
 * today's health. A book of up to OPEN_REFRESH_IN_LINE_LIMIT accounts is rescored before it
 * opens; a bigger one (a consultant's whole CRM) opens at once with yesterday's scores and is
 * rescored in steps behind it, `onRescored` telling the window. Returns that background run, or
 * null. A failure is logged, never thrown: it must not keep the CSM out of their book.
 */
export function refreshHealthOnOpen(
  workspace: Workspace,
  now: Date,
  onRescored: () => void,
  inLineLimit = OPEN_REFRESH_IN_LINE_LIMIT,
): Promise<void> | null {
  const report = (error: unknown) => console.error(`Health was not refreshed on opening ${workspace.path}:`, error);
  try {
    if (!isHealthStale(workspace, now)) return null;
    const accounts = workspace.sqlite.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
    if (accounts <= inLineLimit) {
      recomputeHealth(workspace, { now });
      return null;
    }
    return recomputeHealthInSteps(workspace, now, () => undefined).then(onRescored, report);
  } catch (error) {
    report(error);
    return null;
  }
}
