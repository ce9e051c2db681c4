import type { HealthBookDto } from '../../../shared/api/healthDto';
import { appendReadings, BOOK_METRIC_KEYS } from '../../../shared/domain/health/bookReadings';
import { asOfDay } from '../../../shared/domain/health/dates';
import { METRIC_COUNT, readMetricsInto } from '../../../shared/domain/health/engine';
import { arrFactColumns, arrParams, settleArr, type ArrFactRow } from '../db/repos/effectiveArr';
import type { Workspace } from '../db/workspace';
import { forEachAccountToScore } from './scoreBook';

interface AccountFacts extends ArrFactRow {
  id: number;
  name: string;
  tier: string | null;
  segment: string | null;
}

/**
 * Every account's raw health readings as of the UTC day of `now`, gathered exactly as a
 * recompute gathers them (same inputs, same day), so the scorecard editor's what-if, scored in
 * the renderer, lands each account in the band a save would give it. ARR is the effective ARR
 * (db/repos/effectiveArr.ts), so the what-if weighs bands as the Metrics dashboard does.
 */
export function readHealthBook(workspace: Workspace, now: Date): HealthBookDto {
  const { sqlite } = workspace;
  const facts = new Map(
    (sqlite.prepare(`SELECT a.id, a.name, a.tier, a.segment, ${arrFactColumns('a')} FROM accounts a`).all(arrParams(now)) as AccountFacts[]).map(
      (row) => [row.id, settleArr(row)],
    ),
  );
  const accounts: HealthBookDto['accounts'] = [];
  const readings: (number | null)[] = [];
  const row = new Float64Array(METRIC_COUNT);
  const asOf = forEachAccountToScore(sqlite, now.toISOString(), undefined, (account, _card, day) => {
    const fact = facts.get(account.id);
    if (fact === undefined) return;
    readMetricsInto(account.inputs, asOfDay(day), row);
    appendReadings(readings, row);
    accounts.push({ id: fact.id, name: fact.name, tier: fact.tier, segment: fact.segment, arr: fact.arr, arrSource: fact.arrSource });
  });
  return { asOf, metricKeys: [...BOOK_METRIC_KEYS], accounts, readings };
}
