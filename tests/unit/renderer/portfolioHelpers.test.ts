import { describe, expect, it } from 'vitest';
import { COLUMN_BY_ID, PORTFOLIO_COLUMNS, formatCell, sortsDescendingFirst } from '../../../renderer/features/portfolio/columns';
import { isEmptyFilter, parseBounds, quickFilterWords, setColumnFilter, textContains } from '../../../renderer/features/portfolio/filters';
import { clampRowIndex, nextRowIndex } from '../../../renderer/features/portfolio/rowNav';
import { ariaSort, nextSorting } from '../../../renderer/features/portfolio/sorting';
import { defaultVisibility, parseStoredColumns } from '../../../renderer/features/portfolio/viewState';
import { dayNumber } from '../../../renderer/lib/dates';
import { accountRow } from './accountRows';

describe('nextSorting', () => {
  it('cycles a single column: first direction, other direction, unsorted', () => {
    let s = nextSorting([], 'name', false, false);
    expect(s).toEqual([{ id: 'name', desc: false }]);
    s = nextSorting(s, 'name', false, false);
    expect(s).toEqual([{ id: 'name', desc: true }]);
    expect(nextSorting(s, 'name', false, false)).toEqual([]);
    expect(nextSorting([], 'arr', false, true)).toEqual([{ id: 'arr', desc: true }]);
  });

  it('a plain press replaces a multi-column sort', () => {
    const multi = [{ id: 'tier', desc: false }, { id: 'arr', desc: true }];
    expect(nextSorting(multi, 'arr', false, true)).toEqual([{ id: 'arr', desc: true }]);
    expect(nextSorting(multi, 'name', false, false)).toEqual([{ id: 'name', desc: false }]);
  });

  it('Shift adds a key or cycles it in place', () => {
    const one = [{ id: 'tier', desc: false }];
    const two = nextSorting(one, 'arr', true, true);
    expect(two).toEqual([{ id: 'tier', desc: false }, { id: 'arr', desc: true }]);
    expect(nextSorting(two, 'tier', true, false)).toEqual([{ id: 'tier', desc: true }, { id: 'arr', desc: true }]);
    expect(nextSorting(nextSorting(two, 'arr', true, true), 'arr', true, true)).toEqual(one);
  });

  it('reports aria-sort', () => {
    expect(ariaSort([{ id: 'a', desc: true }], 'a')).toBe('descending');
    expect(ariaSort([{ id: 'a', desc: false }], 'a')).toBe('ascending');
    expect(ariaSort([], 'a')).toBe('none');
  });
});

describe('filter state helpers', () => {
  it('adds, replaces and removes filters by emptiness', () => {
    let f = setColumnFilter([], 'name', 'ac');
    expect(f).toEqual([{ id: 'name', value: 'ac' }]);
    f = setColumnFilter(f, 'arr', { min: '1', max: '' });
    f = setColumnFilter(f, 'name', 'acme');
    expect(f).toEqual([{ id: 'name', value: 'acme' }, { id: 'arr', value: { min: '1', max: '' } }]);
    f = setColumnFilter(f, 'arr', { min: ' ', max: '' });
    expect(f).toEqual([{ id: 'name', value: 'acme' }]);
    expect(setColumnFilter(f, 'name', '')).toEqual([]);
  });
  it('knows empty values and bounds', () => {
    expect(isEmptyFilter(undefined)).toBe(true);
    expect(isEmptyFilter(' ')).toBe(true);
    expect(isEmptyFilter('x')).toBe(false);
    expect(parseBounds({ min: '', max: '' })).toBeNull();
    expect(parseBounds({ min: 'abc', max: '10' })).toEqual({ min: -Infinity, max: 10 });
    expect(textContains(null, 'a')).toBe(false);
    expect(quickFilterWords('  Acme   EU ')).toEqual(['acme', 'eu']);
  });
});

describe('nextRowIndex', () => {
  it('moves and clamps', () => {
    expect(nextRowIndex('ArrowDown', 0, 10, 5)).toBe(1);
    expect(nextRowIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextRowIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(nextRowIndex('PageDown', 7, 10, 5)).toBe(9);
    expect(nextRowIndex('PageUp', 7, 10, 5)).toBe(2);
    expect(nextRowIndex('Home', 7, 10, 5)).toBe(0);
    expect(nextRowIndex('End', 0, 10, 5)).toBe(9);
    expect(nextRowIndex('a', 0, 10, 5)).toBeNull();
    expect(nextRowIndex('ArrowDown', 0, 0, 5)).toBeNull();
    expect(clampRowIndex(12, 5)).toBe(4);
    expect(clampRowIndex(3, 0)).toBe(0);
  });
});

describe('columns', () => {
  const today = dayNumber('2026-06-01')!;
  it('formats cells for the table', () => {
    const row = accountRow(1, { tier: 'mid-touch', arr: 12_345, renewalDate: '2026-06-11', stage: 'value_realised' });
    expect(formatCell(COLUMN_BY_ID.tier, row, today)).toEqual({ text: 'Mid-touch' });
    expect(formatCell(COLUMN_BY_ID.stage, row, today)).toEqual({ text: 'Value realised' });
    expect(formatCell(COLUMN_BY_ID.arr, row, today)).toEqual({ text: '$12.3k', title: '$12,345.00' });
    expect(formatCell(COLUMN_BY_ID.renewalDate, row, today)).toEqual({ text: '2026-06-11 · in 10 d' });
    expect(formatCell(COLUMN_BY_ID.lastTouch, row, today)).toEqual({ text: 'never' });
    expect(formatCell(COLUMN_BY_ID.segment, row, today)).toEqual({ text: '' });
  });
  it("shows money in the account's own currency", () => {
    const row = accountRow(2, { arr: 12_345, currency: 'EUR' });
    expect(formatCell(COLUMN_BY_ID.arr, row, today).title).toContain('€');
  });
  it('sorts numbers largest first and has the required columns', () => {
    expect(sortsDescendingFirst(COLUMN_BY_ID.arr)).toBe(true);
    expect(sortsDescendingFirst(COLUMN_BY_ID.name)).toBe(false);
    expect(PORTFOLIO_COLUMNS.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Name', 'Tier', 'Segment', 'Owner', 'Stage', 'ARR', 'MRR', 'Renewal', 'Last touch', 'Contacts']),
    );
  });
});

describe('parseStoredColumns', () => {
  it('keeps valid settings and drops the rest', () => {
    const stored = JSON.stringify({
      columnVisibility: { tier: false, name: false, bogus: false, owner: 'no' },
      columnSizing: { name: 5000, arr: 20, bogus: 100, mrr: 'wide', owner: 155.4 },
    });
    const result = parseStoredColumns(stored);
    expect(result.columnVisibility).toEqual({ ...defaultVisibility(), tier: false });
    expect(result.columnSizing).toEqual({ name: 800, arr: 60, owner: 155 });
  });
  it('falls back to defaults for junk', () => {
    expect(parseStoredColumns('{not json')).toEqual({ columnVisibility: defaultVisibility(), columnSizing: {} });
    expect(parseStoredColumns(null).columnVisibility.status).toBe(false);
  });
});
