import type Database from 'better-sqlite3';
import { renewalStageProbability, type HealthInputs, type HealthOverride, type ScorecardTarget } from '../../../shared/domain/health';
import { TOUCH_CONDITION } from '../db/repos/touchCondition';
import { defaultCadence } from './cadence';
import { idScope, inScope, type IdScope } from './idScope';
import { readKeyFeatures } from './keyFeatures';
import { latestOverrides, latestPulses } from './overrides';
import { gatherUsageInputs } from './usageInputs';
import type { InputWindows } from './window';

/** One account ready to score: what picks its scorecard, its inputs, and its override if any. */
export interface GatheredAccount extends ScorecardTarget {
  id: number;
  inputs: HealthInputs;
  override: HealthOverride | null;
}

const ACCOUNTS_SQL = (scope: IdScope) => `SELECT id, tier, segment, renewal_date AS renewalDate, seats, contract_start AS contractStart
  FROM accounts WHERE ${inScope('id', scope)} ORDER BY id`;

// The bare columns take the values of the row holding max(): the latest response.
const NPS_SQL = (scope: IdScope) => `SELECT account_id AS accountId, score, max(responded_at) AS respondedAt
  FROM nps_responses WHERE ${inScope('account_id', scope)} AND responded_at < :end GROUP BY account_id`;

const OPEN_TICKET = `closed_at IS NULL AND lower(coalesce(status, 'open')) NOT IN ('closed', 'resolved', 'solved')`;
const HIGH_PRIORITY = `lower(priority) IN ('high', 'urgent', 'critical', 'p1', 'p2')`;
const TICKETS_SQL = (scope: IdScope) => `SELECT s.account_id AS accountId,
    sum(${OPEN_TICKET} AND ${HIGH_PRIORITY} AND opened_at < :end) AS openHigh,
    sum(opened_at >= :from90 AND opened_at < :end) AS recent,
    sum(opened_at >= :from180 AND opened_at < :from90) AS previous,
    sum(opened_at >= :from90 AND opened_at < :end AND NOT EXISTS (
      SELECT 1 FROM activities t WHERE t.account_id = s.account_id AND t.occurred_at >= s.opened_at AND t.occurred_at < :end AND ${TOUCH_CONDITION})) AS withoutFollowUp
  FROM support_tickets s WHERE ${inScope('s.account_id', scope)} GROUP BY s.account_id`;

const TOUCHES_SQL = (scope: IdScope) => `SELECT t.account_id AS accountId, max(t.occurred_at) AS lastTouch,
    sum(t.occurred_at >= :from90) AS recent,
    sum(t.occurred_at >= :from180 AND t.occurred_at < :from90) AS previous
  FROM activities t WHERE ${inScope('t.account_id', scope)} AND t.occurred_at < :end AND ${TOUCH_CONDITION} GROUP BY t.account_id`;

// The open renewal that closes first; the bare stage is that row's.
const RENEWALS_SQL = (scope: IdScope) => `SELECT account_id AS accountId, stage, min(coalesce(close_date, '9999')) AS closeDate
  FROM opportunities WHERE ${inScope('account_id', scope)} AND is_closed = 0 AND lower(coalesce(type, '')) LIKE '%renewal%' GROUP BY account_id`;

interface AccountRowForHealth { id: number; tier: string | null; segment: string | null; renewalDate: string | null; seats: number | null; contractStart: string | null }
interface CountsRow { accountId: number; recent: number; previous: number }

function byAccount<T extends { accountId: number }>(sqlite: Database.Database, sql: string, params: Record<string, unknown>): Map<number, T> {
  return new Map((sqlite.prepare(sql).all(params) as T[]).map((row) => [row.accountId, row]));
}

/**
 * The health inputs of the given accounts (all that exist of them), as of `windows.day`: one
 * statement per kind of input for the whole list, never one per account. Ticket inputs are
 * n/a in a workspace that never held a ticket, and 0 for an account without any elsewhere.
 */
export function gatherHealthInputs(sqlite: Database.Database, accountIds: readonly number[], windows: InputWindows): GatheredAccount[] {
  const scope = idScope(accountIds);
  const params = { ...scope, ...windows };
  const wanted = new Set(accountIds);
  const accounts = (sqlite.prepare(ACCOUNTS_SQL(scope)).all(scope) as AccountRowForHealth[]).filter((account) => wanted.has(account.id));
  const withoutSeats = new Set(accounts.filter((account) => account.seats === null).map((account) => account.id));
  const usage = gatherUsageInputs(sqlite, accounts.map((account) => account.id), windows, readKeyFeatures(sqlite), withoutSeats);
  const nps = byAccount<{ accountId: number; score: number; respondedAt: string }>(sqlite, NPS_SQL(scope), params);
  const ticketsKnown = sqlite.prepare('SELECT EXISTS (SELECT 1 FROM support_tickets) AS known').pluck().get() === 1;
  const tickets = byAccount<CountsRow & { openHigh: number; withoutFollowUp: number }>(sqlite, TICKETS_SQL(scope), params);
  const touches = byAccount<CountsRow & { lastTouch: string }>(sqlite, TOUCHES_SQL(scope), params);
  const renewals = byAccount<{ accountId: number; stage: string | null }>(sqlite, RENEWALS_SQL(scope), params);
  const pulses = latestPulses(sqlite, scope);
  const overrides = latestOverrides(sqlite, scope);

  // One object literal per account, every field at once: a full recompute builds 100,000 of them.
  return accounts.map((account): GatheredAccount => {
    const used = usage.get(account.id);
    const response = nps.get(account.id);
    const t = ticketsKnown ? tickets.get(account.id) : undefined;
    const touch = touches.get(account.id);
    const cadence = defaultCadence(account.tier);
    const pulse = pulses.get(account.id);
    const inputs: HealthInputs = {
      activeDaysPerWeek: used?.activeDaysPerWeek ?? null,
      activeDaysPerWeekPrevious: used?.activeDaysPerWeekPrevious ?? null,
      activeUsers: used?.activeUsers ?? null,
      licensedSeats: account.seats ?? used?.usageSeats ?? null,
      keyFeaturesUsed: used?.keyFeaturesUsed ?? null,
      keyFeaturesDefined: used?.keyFeaturesDefined ?? null,
      latestNpsScore: response?.score ?? null,
      latestNpsDate: response?.respondedAt ?? null,
      openHighPriorityTickets: ticketsKnown ? (t?.openHigh ?? 0) : null,
      ticketsOpenedRecent: ticketsKnown ? (t?.recent ?? 0) : null,
      ticketsOpenedPrevious: ticketsKnown ? (t?.previous ?? 0) : null,
      ticketsWithoutFollowUp: ticketsKnown ? (t?.withoutFollowUp ?? 0) : null,
      lastTouchDate: touch?.lastTouch ?? account.contractStart,
      cadenceIdealDays: cadence.ideal,
      cadenceMaxDays: cadence.max,
      touchesRecent: touch ? touch.recent : null,
      touchesPrevious: touch ? touch.previous : null,
      pulseScore: pulse?.pulse ?? null,
      pulseReason: pulse?.reason ?? null,
      pulseExpiresOn: pulse?.expiresOn ?? null,
      renewalDate: account.renewalDate,
      renewalWinProbability: renewalStageProbability(renewals.get(account.id)?.stage ?? null),
    };
    return { id: account.id, tier: account.tier, segment: account.segment, inputs, override: overrides.get(account.id) ?? null };
  });
}
