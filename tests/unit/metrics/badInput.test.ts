import { describe, expect, it } from 'vitest';
import { computeMetrics, type MetricsInput, type MetricsOptions } from '../../../shared/domain/metrics';

const fails = (input: Partial<MetricsInput>, options: Partial<MetricsOptions> = {}) => () =>
  computeMetrics({ revenue: [], ...input }, { period: '2024-03', ...options });

describe('bad input is a clear one-line error', () => {
  it.each([
    ['a month that is not YYYY-MM', {}, { period: '2024-3' }, /Metrics period: expected a month as YYYY-MM, got "2024-3"/],
    ['month 13', {}, { period: '2024-13' }, /expected a month as YYYY-MM, got "2024-13"/],
    ['a range backwards', {}, { period: { first: '2024-04', last: '2024-03' } }, /2024-04 comes after 2024-03/],
    ['asOf before the period', {}, { asOf: '2024-02-29' }, /starts after 2024-02-29/],
    ['a day that does not exist', {}, { asOf: '2024-02-30' }, /expected a date as YYYY-MM-DD, got "2024-02-30"/],
    ['an LTV window of 0', {}, { ltvWindowMonths: 0 }, /ltvWindowMonths: expected a whole number of 1 or more, got 0/],
    ['a negative MRR', { revenue: [{ accountId: 7, period: '2024-03', mrr: -5 }] }, {}, /Revenue of account 7 in 2024-03: expected a number of 0 or more, got -5/],
    ['an MRR that is not a number', { revenue: [{ accountId: 7, period: '2024-03', mrr: Number.NaN }] }, {}, /got NaN/],
    ['a bad revenue month', { revenue: [{ accountId: 7, period: 'March', mrr: 1 }] }, {}, /Revenue of account 7: expected a month/],
    [
      'a revenue month given twice',
      { revenue: [{ accountId: 7, period: '2024-03', mrr: 1 }, { accountId: 7, period: '2024-03', mrr: 2 }] },
      {},
      /Revenue of account 7 in 2024-03 is given twice/,
    ],
    ['an NPS score of 11', { nps: [{ accountId: 2, score: 11, date: '2024-03-01' }] }, {}, /NPS response of account 2: expected a whole score from 0 to 10, got 11/],
    ['an NPS score of 7.5', { nps: [{ accountId: 2, score: 7.5, date: '2024-03-01' }] }, {}, /got 7.5/],
    ['an NPS date that is not a date', { nps: [{ accountId: 2, score: 7, date: '03/01/2024' }] }, {}, /NPS response date: expected a date as YYYY-MM-DD, got "03\/01\/2024"/],
    [
      'a usage day given twice',
      { usage: [{ accountId: 3, date: '2024-03-05', activeUsers: 1 }, { accountId: 3, date: '2024-03-05', activeUsers: 2 }] },
      {},
      /Usage of account 3 on 2024-03-05 is given twice/,
    ],
    ['negative active users', { usage: [{ accountId: 3, date: '2024-03-05', activeUsers: -1 }] }, {}, /Usage of account 3 on 2024-03-05: activeUsers: expected a number of 0 or more, got -1/],
    [
      'an account listed twice',
      { accounts: [{ accountId: 4, segment: 'a', tier: null }, { accountId: 4, segment: 'b', tier: null }] },
      {},
      /Account 4 is listed twice/,
    ],
    ['a negative number of key features', {}, { keyFeatures: -2 }, /keyFeatures: expected a number of 0 or more, got -2/],
  ] as const)('refuses %s', (_name, input, options, message) => {
    expect(fails(input as Partial<MetricsInput>, options as Partial<MetricsOptions>)).toThrow(message);
  });

  it('throws an AppError with code BAD_INPUT', () => {
    expect(fails({}, { period: 'x' })).toThrow(expect.objectContaining({ name: 'AppError', code: 'BAD_INPUT' }));
  });
});
