import type { Workspace } from '../db/workspace';
import { recomputeHealth } from './recompute';

/** How far back a new demo's health history reaches, so its sparklines and trends have something to show. */
export const DEMO_HEALTH_HISTORY_WEEKS = 12;
const DAY_MS = 86_400_000;

/**
 * Scores a new demo book as it stood each week of the last few weeks and today: the inputs are
 * dated, so scoring "as of" a past day gives the history a real workspace would have built up.
 */
export function backfillHealthHistory(workspace: Workspace, now: Date, weeks = DEMO_HEALTH_HISTORY_WEEKS): void {
  for (let week = weeks; week >= 1; week--) recomputeHealth(workspace, { now: new Date(now.getTime() - week * 7 * DAY_MS) });
  recomputeHealth(workspace, { now });
}

/**
 * Rescores the book when its newest snapshot is older than today. Scores age by themselves (a
 * cadence falls overdue, a renewal comes closer, a usage window slides), so a CSM opening the
 * workbench in the morning sees today's health, not the last edit's. Returns whether it ran.
 */
export function refreshHealthIfStale(workspace: Workspace, now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  const row = workspace.sqlite
    .prepare(`SELECT (SELECT max(date) FROM health_snapshots) AS latest, EXISTS (SELECT 1 FROM accounts) AS hasAccounts`)
    .get() as { latest: string | null; hasAccounts: number };
  if (row.hasAccounts === 0 || (row.latest !== null && row.latest >= today)) return false;
  recomputeHealth(workspace, { now });
  return true;
}

/**
 * refreshHealthIfStale for opening a workspace: a scoring failure (say, a scorecard stored
 * damaged) must not keep the CSM out of their book, so it is reported and the workspace opens
 * with yesterday's scores; the health screens then show the error where it can be fixed.
 */
export function refreshHealthOnOpen(workspace: Workspace, now: Date): void {
  try {
    refreshHealthIfStale(workspace, now);
  } catch (error) {
    console.error(`Health was not refreshed on opening ${workspace.path}:`, error);
  }
}
