import { afterEach, describe, expect, it } from 'vitest';
import { gatherHealthInputs, writeKeyFeatures } from '../../../electron/backend/health';
import { inputWindows, type InputWindows } from '../../../electron/backend/health/window';
import { seededRandom } from '../../helpers/salesforceExport';
import { daysBefore, openBook, TODAY } from './book';
import { accountsSql, insertUsage, randomUsageRows, type UsageRow } from './randomUsage';

/**
 * The usage inputs come from per-account summaries (usageInputs.ts), tuned for a 5,000,000-row
 * book: here they must equal a plain fold of the same rows, day by day, written from the rules
 * in usageRowInputs.ts, on a seeded random book of every shape: daily and weekly totals, feature
 * logs, two totals rows on one day, rows with no counts, idle days, usage only before the window.
 */
const KEY_FEATURES = ['A', 'B', 'X'];
const FIRST_ID = 10;
const ACCOUNTS = 160;

/** Weekly sums add fractions in another order than SQL does: compare to 9 decimals. */
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 1e9) / 1e9);
const larger = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** The rules of usageInputs.ts, folded day by day in plain code. */
function referenceFold(rows: readonly UsageRow[], accountId: number, w: InputWindows, keyFeatures: readonly string[]) {
  const mine = rows.filter((row) => row.accountId === accountId && row.date < w.end);
  if (mine.length === 0) return { activeDaysPerWeek: null, activeDaysPerWeekPrevious: null, activeUsers: null, keyFeaturesUsed: null, licensedSeats: null };
  const firstDate = mine.map((row) => row.date).sort()[0]!;
  const days = new Map<string, { features: boolean; users: number | null; logins: number | null; used: number | null; seats: number | null }>();
  for (const row of mine.filter((r) => r.date >= w.from56)) {
    const day = days.get(row.date) ?? { features: false, users: null, logins: null, used: null, seats: null };
    if (row.feature !== null) day.features = true;
    else Object.assign(day, { users: larger(day.users, row.activeUsers), logins: larger(day.logins, row.logins), used: larger(day.used, row.featuresUsed) });
    day.seats = larger(day.seats, row.seats);
    days.set(row.date, day);
  }
  const list = [...days].sort(([a], [b]) => a.localeCompare(b));
  const active = ([, d]: (typeof list)[number]) => d.features || (d.users ?? 0) + (d.logins ?? 0) + (d.used ?? 0) > 0 || (d.users === null && d.logins === null && d.used === null);
  const weekly = list.length > 0 && list.every(([date, d]) => !d.features && new Date(`${date}T00:00:00Z`).getUTCDay() === 1);
  const weight = ([, d]: (typeof list)[number]) => (weekly ? Math.min(7, d.users ? (d.logins === null ? 1 : d.logins / d.users) : 1) : 1);
  const sum = (keep: (date: string) => boolean) => list.filter((day) => keep(day[0]) && active(day)).reduce((total, day) => total + weight(day), 0);
  const totals = list.filter(([, d]) => d.users !== null || d.logins !== null || d.used !== null || !d.features);
  const month = list.filter(([date]) => date >= w.from30);
  const maxOf = (values: (number | null)[]) => values.reduce<number | null>((max, v) => larger(max, v), null);
  let keyFeaturesUsed: number | null = null;
  if (list.length === 0) keyFeaturesUsed = 0;
  else if (list.some(([, d]) => d.features)) {
    keyFeaturesUsed = new Set(mine.filter((r) => r.feature !== null && r.date >= w.from30 && keyFeatures.includes(r.feature)).map((r) => r.feature)).size;
  } else if (totals.some(([, d]) => d.used !== null)) keyFeaturesUsed = Math.min(keyFeatures.length, maxOf(month.map(([, d]) => d.used)) ?? 0);
  const seatsDays = list.filter(([, d]) => d.seats !== null);
  return {
    activeDaysPerWeek: rounded(sum((date) => date >= w.from28) / 4),
    activeDaysPerWeekPrevious: firstDate < w.from28 ? rounded(sum((date) => date < w.from28) / 4) : null,
    activeUsers: list.length === 0 ? 0 : totals.some(([, d]) => d.users !== null) ? (maxOf(month.map(([, d]) => d.users)) ?? 0) : null,
    keyFeaturesUsed,
    licensedSeats: seatsDays.at(-1)?.[1].seats ?? null,
  };
}

describe('usage inputs against a plain day-by-day fold', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it.each([1, 2, 3])('gives what the fold gives on random book %i, on three scoring days', async (seed) => {
    const rows = randomUsageRows(seededRandom(seed), FIRST_ID, ACCOUNTS);
    const { workspace, cleanup } = await openBook(accountsSql(FIRST_ID, ACCOUNTS));
    cleanups.push(cleanup);
    insertUsage(workspace.sqlite, rows);
    writeKeyFeatures(workspace.sqlite, KEY_FEATURES);
    const ids = Array.from({ length: ACCOUNTS }, (_, i) => FIRST_ID + i);
    for (const day of [TODAY, daysBefore(9), daysBefore(40)]) {
      const w = inputWindows(day);
      const gathered = gatherHealthInputs(workspace.sqlite, ids, w);
      const actual = gathered.map(({ id, inputs }) => ({
        id,
        activeDaysPerWeek: rounded(inputs.activeDaysPerWeek),
        activeDaysPerWeekPrevious: rounded(inputs.activeDaysPerWeekPrevious),
        activeUsers: inputs.activeUsers,
        keyFeaturesUsed: inputs.keyFeaturesUsed,
        licensedSeats: inputs.licensedSeats,
      }));
      expect(actual).toEqual(ids.map((id) => ({ id, ...referenceFold(rows, id, w, KEY_FEATURES) })));
    }
  });
});
