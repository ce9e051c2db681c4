import path from 'node:path';
import { openWorkspace, type Workspace } from '../../../electron/backend/db/workspace';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';

/** The day the hand-built book is scored on: a Monday. */
export const TODAY = '2026-11-23';
export const NOW = new Date(`${TODAY}T09:00:00.000Z`);

const DAY_MS = 86_400_000;
export const daysBefore = (days: number, from = TODAY): string => new Date(Date.parse(from) - days * DAY_MS).toISOString().slice(0, 10);

/**
 * Three accounts whose scores under the default scorecard are worked out by hand in the tests:
 * - Alpha (strategic, 10 seats): usage 3 days a week (Tue–Thu) in the last 4 weeks and the 4
 *   before, 5 active users; NPS 9; touched 7 days ago and once in the 90 days before that;
 *   renewal in 90 days with an open renewal at Negotiation/Review.
 * - Beta: nothing at all: every measure n/a, "not scored".
 * - Gamma: NPS 7, renewal in 90 days, and a CSM pulse of 4 (added by the tests that need it).
 * No support tickets anywhere, so the ticket measures are n/a for all.
 */
export const BOOK_SQL = `
  INSERT INTO accounts (id, name, tier, seats, renewal_date, contract_start, created_at, updated_at) VALUES
    (1, 'Alpha', 'strategic', 10, '2027-02-21', '2025-01-01', 't', 't'),
    (2, 'Beta', NULL, NULL, NULL, NULL, 't', 't'),
    (3, 'Gamma', 'tech-touch', NULL, '2027-02-21', NULL, 't', 't');
  INSERT INTO nps_responses (account_id, score, responded_at) VALUES (1, 9, '2026-06-01'), (1, 3, '2025-01-01'), (3, 7, '2026-10-01');
  INSERT INTO activities (account_id, type, occurred_at, subject, created_at) VALUES
    (1, 'call', '2026-11-16T10:00:00Z', 'Check-in', 't'),
    (1, 'meeting', '2026-07-01T10:00:00Z', 'QBR', 't'),
    (1, 'email', '2026-11-20T10:00:00Z', 'Unanswered', 't');
  UPDATE activities SET direction = 'outbound', replied = 0 WHERE subject = 'Unanswered';
  INSERT INTO opportunities (account_id, name, type, stage, is_closed, close_date, created_at, updated_at) VALUES
    (1, 'Alpha renewal', 'Renewal', 'Negotiation/Review', 0, '2027-02-21', 't', 't'),
    (1, 'Alpha upsell', 'Expansion', 'Prospecting', 0, '2026-12-01', 't', 't');
`;

/** Alpha's usage: Tuesdays to Thursdays of the last 8 weeks, 5 active users a day. */
export function alphaUsageSql(): string {
  const rows: string[] = [];
  for (let back = 0; back < 56; back++) {
    const day = daysBefore(back);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday >= 2 && weekday <= 4) rows.push(`(1, '${day}', 5, 9)`);
  }
  return `INSERT INTO usage (account_id, date, active_users, logins) VALUES ${rows.join(', ')};`;
}

/** A fresh workspace file holding the book; closed and deleted by the returned cleanup. */
export async function openBook(extraSql = ''): Promise<{ workspace: Workspace; dir: string; file: string; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = makeTempDir('csm-health-');
  const file = path.join(dir, 'book.csm');
  const workspace = await openWorkspace(file, { ifMissing: 'create', clock: fixedClock(NOW.toISOString()) });
  workspace.sqlite.exec(BOOK_SQL + alphaUsageSql() + extraSql);
  return {
    workspace,
    dir,
    file,
    cleanup: async () => {
      await workspace.close();
      cleanup();
    },
  };
}

export interface SnapshotRow {
  account_id: number;
  date: string;
  score: number | null;
  band: string;
  override_band: string | null;
  override_score: number | null;
  computed_at: string;
  scorecard_id: string;
  scorecard_version: number;
}

export function snapshotRows(workspace: Workspace): SnapshotRow[] {
  return workspace.sqlite.prepare('SELECT * FROM health_snapshots ORDER BY account_id, date').all() as SnapshotRow[];
}
