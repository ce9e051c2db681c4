import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics, type AccountAttributes, type MetricsInput, type MetricsOptions, type MetricsReport, type NpsResponse, type RevenueRow, type UsageDay } from '../../../shared/domain/metrics';
import { numbersIn } from './books';

const MONTHS = ['2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03'];
const dayOf = (offset: number) => new Date(Date.UTC(2024, 2, 31 - offset)).toISOString().slice(0, 10);

const accountId = fc.integer({ min: 1, max: 20 });
// Cents as well as whole amounts, so sums meet real floating-point rounding.
const mrr = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 500_000 }).map((cents) => cents / 100));

const revenue: fc.Arbitrary<RevenueRow[]> = fc
  .uniqueArray(fc.record({ accountId, month: fc.integer({ min: 0, max: MONTHS.length - 1 }), mrr }), {
    selector: (row) => `${row.accountId}:${row.month}`,
    // Dense enough that several accounts share each month, so the order of sums matters.
    minLength: 30,
    maxLength: 120,
  })
  .map((rows) => rows.map((row) => ({ accountId: row.accountId, period: MONTHS[row.month]!, mrr: row.mrr })));

const nps: fc.Arbitrary<NpsResponse[]> = fc.array(
  fc.record({ accountId, score: fc.integer({ min: 0, max: 10 }), date: fc.integer({ min: -40, max: 500 }).map(dayOf) }),
  { maxLength: 40 },
);

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const usage: fc.Arbitrary<UsageDay[]> = fc
  .uniqueArray(
    fc.record({
      accountId,
      date: fc.integer({ min: -3, max: 60 }).map(dayOf),
      activeUsers: maybe(fc.integer({ min: 0, max: 50 })),
      logins: maybe(fc.integer({ min: 0, max: 80 })),
      featuresUsed: maybe(fc.integer({ min: 0, max: 8 })),
      seats: maybe(fc.integer({ min: 0, max: 60 })),
      userIds: maybe(fc.subarray(['a', 'b', 'c', 'd', 'e'])),
      featureIds: maybe(fc.subarray(['x', 'y', 'z'])),
    }),
    { selector: (row) => `${row.accountId}:${row.date}`, maxLength: 80 },
  );

const accounts: fc.Arbitrary<AccountAttributes[]> = fc.uniqueArray(
  fc.record({ accountId, segment: fc.constantFrom('SMB', 'Enterprise', null), tier: fc.constantFrom('strategic', null), seats: maybe(fc.integer({ min: 0, max: 40 })) }),
  { selector: (account) => account.accountId, maxLength: 20 },
);

const input: fc.Arbitrary<MetricsInput> = fc.record({ revenue, nps, usage, accounts });

const options: fc.Arbitrary<MetricsOptions> = fc.record({
  period: fc.constantFrom<MetricsOptions['period']>('2024-03', '2024-01', { first: '2024-01', last: '2024-03' }, { first: '2023-09', last: '2024-03' }),
  segment: fc.constantFrom(null, 'SMB', 'enterprise'),
  countReactivation: fc.boolean(),
  keyFeatures: fc.constantFrom(null, 3, ['x', 'y']),
  asOf: fc.constantFrom(null, '2024-03-20'),
});

const permutation = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

const inRange = (value: number | null, min: number, max: number) => value === null || (value >= min && value <= max);

describe('metrics, by property', () => {
  it('keeps GRR in [0, 1] and every NPS in [−100, 100]', () => {
    fc.assert(
      fc.property(input, options, (data, settings) => {
        const report = computeMetrics(data, settings);
        expect(inRange(report.grr, 0, 1)).toBe(true);
        expect(inRange(report.annualised.grr, 0, 1)).toBe(true);
        expect(inRange(report.nps, -100, 100)).toBe(true);
        for (const account of report.drilldown.nps) expect(inRange(account.nps, -100, 100)).toBe(true);
      }),
    );
  });

  it('never gives NaN or Infinity anywhere, LTV included', () => {
    fc.assert(
      fc.property(input, options, (data, settings) => {
        const report = computeMetrics(data, settings);
        expect(numbersIn(report).filter((entry) => !Number.isFinite(entry.value))).toEqual([]);
        expect(report.ltv === null || report.ltv > 0).toBe(true);
      }),
    );
  });

  it('gives the same report, to the bit, whatever the order of the rows', () => {
    const shuffled = input.chain((data) =>
      fc.record({
        data: fc.constant(data),
        revenue: permutation(data.revenue),
        nps: permutation(data.nps ?? []),
        usage: permutation(data.usage ?? []),
        accounts: permutation(data.accounts ?? []),
      }),
    );
    fc.assert(
      fc.property(shuffled, options, ({ data, ...reordered }, settings) => {
        expect(computeMetrics(reordered, settings)).toEqual(computeMetrics(data, settings));
      }),
    );
  });

  it('gives the same figures when the accounts swap ids', () => {
    // Reverse the ids 1..20: only the ids in the drill-down change (and sums run in another order).
    const relabel = (id: number) => 21 - id;
    fc.assert(
      fc.property(input, options, (data, settings) => {
        const swapped: MetricsInput = {
          revenue: data.revenue.map((row) => ({ ...row, accountId: relabel(row.accountId) })),
          nps: data.nps?.map((row) => ({ ...row, accountId: relabel(row.accountId) })),
          usage: data.usage?.map((row) => ({ ...row, accountId: relabel(row.accountId) })),
          accounts: data.accounts?.map((row) => ({ ...row, accountId: relabel(row.accountId) })),
        };
        const headline = (report: MetricsReport) => numbersIn({ ...report, drilldown: null, ltvDetail: null });
        const expected = headline(computeMetrics(data, settings));
        const actual = headline(computeMetrics(swapped, settings));
        expect(actual.map((entry) => entry.path)).toEqual(expected.map((entry) => entry.path));
        // Relative: annualised figures compound a month's ratio 12 times (values up to 1e30 here),
        // where summing in another order moves the last digits.
        actual.forEach((entry, index) => {
          const want = expected[index]!.value;
          expect(Math.abs(entry.value - want), entry.path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
        });
      }),
    );
  });

  it('lets the reactivation setting move only NRR and net MRR churn, by the reactivation MRR', () => {
    fc.assert(
      fc.property(input, options, (data, settings) => {
        const counted = computeMetrics(data, { ...settings, countReactivation: true });
        const left = computeMetrics(data, { ...settings, countReactivation: false });
        const rest = (report: MetricsReport) => ({
          ...report,
          nrr: null,
          netMrrChurn: null,
          settings: { ...report.settings, countReactivation: null },
          annualised: { ...report.annualised, nrr: null, netMrrChurn: null },
        });
        expect(rest(counted)).toEqual(rest(left));
        if (counted.nrr !== null && left.nrr !== null) {
          expect(counted.nrr - left.nrr).toBeCloseTo(counted.mrrMovements.reactivation / counted.mrr.start, 9);
          expect(left.netMrrChurn! - counted.netMrrChurn!).toBeCloseTo(counted.mrrMovements.reactivation / counted.mrr.start, 9);
        }
      }),
    );
  });

  it('reconciles: start MRR + movements = end MRR, CRR = 1 − logo churn, gross churn = 1 − GRR, GRR ≤ NRR', () => {
    fc.assert(
      fc.property(input, options, (data, settings) => {
        const report = computeMetrics(data, settings);
        const { start, end } = report.mrr;
        const moved = report.mrrMovements;
        expect(start + moved.new + moved.expansion + moved.reactivation - moved.contraction - moved.churned).toBeCloseTo(end, 6);
        if (report.logoChurnRate === null) return;
        expect(report.crr).toBeCloseTo(1 - report.logoChurnRate, 12);
        expect(report.grossMrrChurn).toBeCloseTo(1 - report.grr!, 12);
        expect(report.grr!).toBeLessThanOrEqual(report.nrr! + 1e-12);
      }),
    );
  });

  it('keeps stickiness within [0, 1] for every account', () => {
    fc.assert(
      fc.property(input, options, (data, settings) => {
        for (const account of computeMetrics(data, settings).drilldown.usage) expect(inRange(account.stickiness, 0, 1 + 1e-12)).toBe(true);
      }),
    );
  });
});
