import { describe, expect, it } from 'vitest';
import { computeMetrics, type UsageDay } from '../../../shared/domain/metrics';

/**
 * Period 2024-03: the windows end on 2024-03-31. The 30-day window is 03-02..03-31, this week
 * is 03-25..03-31, the 4 weeks before are 02-26..03-24.
 *
 * Account 1 names its users and features (exact):
 *   01-01 [a] (first seen), 03-01 [d] (before the 30 days, inside the 4 earlier weeks),
 *   03-29 [a, b], 03-30 [a], 03-31 [c].
 *   DAU in the 30 days: 2 + 1 + 1 = 4 over 30 days. MAU = |{a, b, c}| = 3, not the sum 4 of DAUs.
 *   Stickiness = (4/30) / 3 = 4/90. Breadth = 3 / 10 licensed seats = 0.3.
 *   Features {x, y} ∪ {y, z} ∪ {x} = {x, y, z}; key features are x, y, v, w: 2 of 4 = 0.5.
 *   Active days: 3 this week; 1 in the 4 weeks before = 0.25 a week; trend 3 − 0.25 = 2.75.
 * Account 2 gives counts only (fallback, labelled):
 *   02-27 1 user; 03-10 4 users, 10 logins, 2 features, 8 seats; 03-20 6 users, 3 features,
 *   5 seats; 03-28 0 users, 0 logins.
 *   DAU: (4 + 6 + 0) / 30 = 1/3; MAU = peak daily users 6; stickiness = 1/18.
 *   Breadth = 6 / 5 (the latest seats, 03-20) = 1.2. Depth = peak 3 of 4 = 0.75.
 *   Active days this week: 0 (03-28 had nobody). First seen 02-27, after the 4 earlier weeks
 *   began (02-26): no trend.
 * Account 3 is new: 03-22 and 03-23 with 2 users each. Seen 10 days (03-22..03-31), so
 *   DAU = 4 / 10 = 0.4 and MAU = 2: stickiness 0.2. No seats, no features.
 * Account 4 has usage only in 2023: n/a everywhere, not 0.
 *
 * Book: stickiness (4/90 + 5/90 + 0.2) / 3 = 0.1; breadth (0.3 + 1.2) / 2 = 0.75;
 * depth (0.5 + 0.75) / 2 = 0.625; frequency (3 + 0 + 0) / 3 = 1; trend 2.75 (account 1 only).
 */
const USAGE: UsageDay[] = [
  { accountId: 1, date: '2024-01-01', userIds: ['a'] },
  { accountId: 1, date: '2024-03-01', userIds: ['d'] },
  { accountId: 1, date: '2024-03-29', userIds: ['a', 'b'], logins: 3, featureIds: ['x', 'y'] },
  { accountId: 1, date: '2024-03-30', userIds: ['a'], featureIds: ['y', 'z'] },
  { accountId: 1, date: '2024-03-31', userIds: ['c'], featureIds: ['x'] },
  { accountId: 2, date: '2024-02-27', activeUsers: 1 },
  { accountId: 2, date: '2024-03-10', activeUsers: 4, logins: 10, featuresUsed: 2, seats: 8 },
  { accountId: 2, date: '2024-03-20', activeUsers: 6, featuresUsed: 3, seats: 5 },
  { accountId: 2, date: '2024-03-28', activeUsers: 0, logins: 0 },
  { accountId: 3, date: '2024-03-22', activeUsers: 2 },
  { accountId: 3, date: '2024-03-23', activeUsers: 2 },
  { accountId: 4, date: '2023-06-01', activeUsers: 9 },
];

const report = (usage: UsageDay[] = USAGE, asOf?: string) =>
  computeMetrics(
    { revenue: [], usage, accounts: [{ accountId: 1, segment: null, tier: null, seats: 10 }] },
    { period: '2024-03', keyFeatures: ['x', 'y', 'v', 'w'], ...(asOf ? { asOf } : {}) },
  );

describe('usage measures per account', () => {
  const byAccount = (id: number) => report().drilldown.usage.find((account) => account.accountId === id);

  it('counts MAU as distinct users in the 30 days, not a sum of DAUs', () => {
    expect(byAccount(1)).toMatchObject({ averageDau: 4 / 30, mau: 3, mauBasis: 'distinctUsers', seats: 10, breadth: 0.3 });
    expect(byAccount(1)!.stickiness).toBeCloseTo(4 / 90, 12);
  });

  it('falls back to the peak daily active users without user ids, and says so', () => {
    expect(byAccount(2)).toMatchObject({ mau: 6, mauBasis: 'peakDailyActiveUsers', seats: 5, breadth: 1.2 });
    expect(byAccount(2)!.stickiness).toBeCloseTo(1 / 18, 12);
  });

  it('counts only the key features used, exactly with ids and by the peak count without', () => {
    expect(byAccount(1)).toMatchObject({ featuresUsed: 2, depthBasis: 'distinctFeatures', depth: 0.5 });
    expect(byAccount(2)).toMatchObject({ featuresUsed: 3, depthBasis: 'peakDailyFeatures', depth: 0.75 });
  });

  it('measures frequency as active days this week against the 4 weeks before', () => {
    expect(byAccount(1)).toMatchObject({ activeDaysPerWeek: 3, previousActiveDaysPerWeek: 0.25, frequencyTrend: 2.75 });
    expect(byAccount(2)).toMatchObject({ activeDaysPerWeek: 0, previousActiveDaysPerWeek: null, frequencyTrend: null });
  });

  it('averages a new account over the days it has existed', () => {
    expect(byAccount(3)).toMatchObject({ averageDau: 0.4, mau: 2, stickiness: 0.2, breadth: null, depth: null });
  });

  it('leaves an account without recent usage out (n/a), rather than scoring it 0', () => {
    expect(byAccount(4)).toBeUndefined();
  });
});

describe('usage measures for the book', () => {
  it('averages the accounts that have each measure', () => {
    const book = report();
    expect(book.stickiness).toBeCloseTo(0.1, 12);
    expect(book.breadth).toBeCloseTo(0.75, 12);
    expect(book.depth).toBeCloseTo(0.625, 12);
    expect(book.frequency).toBe(1);
    expect(book.frequencyTrend).toBe(2.75);
    expect(book.mauBasis).toBe('mixed');
    expect(book.depthBasis).toBe('mixed');
  });

  it('labels a book with user ids everywhere as exact', () => {
    const exact = report(USAGE.filter((row) => row.accountId === 1));
    expect(exact.mauBasis).toBe('distinctUsers');
    expect(exact.depthBasis).toBe('distinctFeatures');
  });

  it('falls back for the whole account when one row of the window lacks user ids', () => {
    const mixed = report([...USAGE.filter((row) => row.accountId === 1), { accountId: 1, date: '2024-03-15', activeUsers: 1 }]);
    // DAU 1 + 2 + 1 + 1 = 5 over 30 days; MAU = peak daily users 2.
    expect(mixed.drilldown.usage[0]).toMatchObject({ mau: 2, mauBasis: 'peakDailyActiveUsers', averageDau: 5 / 30 });
  });

  it('counts the number of key features when only their number is given', () => {
    const book = computeMetrics({ revenue: [], usage: USAGE.filter((row) => row.accountId === 1) }, { period: '2024-03', keyFeatures: 6 });
    expect(book.drilldown.usage[0]).toMatchObject({ featuresUsed: 3, depth: 0.5 }); // {x, y, z} of 6
  });

  it('leaves depth n/a when no key features are defined', () => {
    expect(computeMetrics({ revenue: [], usage: USAGE }, { period: '2024-03' }).depth).toBeNull();
  });

  it('ends the windows on asOf', () => {
    // asOf 03-29: account 1's last two days are not seen. Window 02-29..03-29 holds 03-01 [d]
    // and 03-29 [a, b]: MAU 3, DAU (1 + 2) / 30.
    const early = report(USAGE.filter((row) => row.accountId === 1), '2024-03-29');
    expect(early.drilldown.usage[0]).toMatchObject({ mau: 3, averageDau: 3 / 30, activeDaysPerWeek: 1 });
  });

  it('is n/a everywhere without usage', () => {
    const none = report([]);
    expect([none.stickiness, none.breadth, none.depth, none.frequency, none.frequencyTrend, none.mauBasis, none.depthBasis]).toEqual([null, null, null, null, null, null, null]);
  });
});
