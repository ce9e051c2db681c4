import { describe, expect, it } from 'vitest';
import { COLUMN_BY_ID, formatCell } from '../../../renderer/features/portfolio/columns';
import { NO_VALUE } from '../../../renderer/features/portfolio/filters';
import { describeTrendCell, trendDirection } from '../../../renderer/features/portfolio/healthColumns';
import { createPortfolioModel, filterOrder, sortOrder } from '../../../renderer/features/portfolio/model';
import { defaultVisibility } from '../../../renderer/features/portfolio/viewState';
import { dayNumber } from '../../../renderer/lib/dates';
import { TREND_TOLERANCE } from '../../../shared/domain/health';
import { accountRow } from './accountRows';

const today = dayNumber('2026-11-23')!;
const rows = [
  accountRow(1, { healthScore: 82, healthBand: 'green', healthChange: 3 }),
  accountRow(2, { healthScore: 35, healthBand: 'red', healthChange: -12 }),
  accountRow(3, { healthScore: null, healthBand: 'not_scored', healthChange: null }),
  accountRow(4, { healthScore: 60, healthBand: 'yellow', healthChange: 9 }),
  accountRow(5, { healthScore: null, healthBand: null, healthChange: null }), // never computed
  accountRow(6, { healthScore: 20, healthBand: 'red', healthChange: -5 }), // an override's score, for instance
];
const ids = (order: Uint32Array) => Array.from(order, (i) => rows[i]!.id);
const model = () => createPortfolioModel(rows, today);
const all = () => sortOrder(model(), []);

describe('the Health and Trend columns of the portfolio', () => {
  it('are visible by default', () => {
    expect(defaultVisibility()).toMatchObject({ health: true, trend: true });
  });

  it('sort health by score and trend by change in points, worst first, accounts without one last both ways', () => {
    expect(ids(sortOrder(model(), [{ id: 'health', desc: false }]))).toEqual([6, 2, 4, 1, 3, 5]);
    expect(ids(sortOrder(model(), [{ id: 'health', desc: true }]))).toEqual([1, 4, 2, 6, 3, 5]);
    expect(ids(sortOrder(model(), [{ id: 'trend', desc: false }]))).toEqual([2, 6, 1, 4, 3, 5]);
    expect(ids(sortOrder(model(), [{ id: 'trend', desc: true }]))).toEqual([4, 1, 6, 2, 3, 5]);
  });

  it('filter health by band, "not scored" and "not computed" being different things', () => {
    expect(ids(filterOrder(model(), all(), [{ id: 'health', value: 'red' }], ''))).toEqual([2, 6]);
    expect(ids(filterOrder(model(), all(), [{ id: 'health', value: 'not_scored' }], ''))).toEqual([3]);
    expect(ids(filterOrder(model(), all(), [{ id: 'health', value: NO_VALUE }], ''))).toEqual([5]);
  });

  it('filter the trend by direction with the same tolerance as the account page', () => {
    expect(TREND_TOLERANCE).toBe(5);
    expect(ids(filterOrder(model(), all(), [{ id: 'trend', value: 'falling' }], ''))).toEqual([2, 6]);
    expect(ids(filterOrder(model(), all(), [{ id: 'trend', value: 'flat' }], ''))).toEqual([1]);
    expect(ids(filterOrder(model(), all(), [{ id: 'trend', value: 'rising' }], ''))).toEqual([4]);
    expect(ids(filterOrder(model(), all(), [{ id: 'trend', value: NO_VALUE }], ''))).toEqual([3, 5]);
    expect(ids(filterOrder(model(), all(), [{ id: 'health', value: 'red' }, { id: 'trend', value: 'falling' }], ''))).toEqual([2, 6]);
  });

  it('show the score with its band, and the arrow with signed points', () => {
    const cell = (id: 'health' | 'trend', index: number) => formatCell(COLUMN_BY_ID[id], rows[index]!, today).text;
    expect([cell('health', 0), cell('health', 2), cell('health', 4)]).toEqual(['82 Green', 'Not scored', '']);
    expect([cell('trend', 0), cell('trend', 1), cell('trend', 3), cell('trend', 2)]).toEqual(['▶ +3', '▼ −12', '▲ +9', '']);
    expect(describeTrendCell(0).text).toBe('▶ ±0');
    // A band-only override has no score of its own: none is shown beside it.
    expect(formatCell(COLUMN_BY_ID.health, accountRow(9, { healthScore: 25, healthBand: 'green', healthOverridden: 1 }), today).text).toBe('Green (override)');
    expect([trendDirection(4.9), trendDirection(5), trendDirection(-5), trendDirection(undefined)]).toEqual(['flat', 'rising', 'falling', null]);
  });
});
