import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AtRiskAccount } from '../../../shared/api/healthDto';
import { DERIVED_ARR_LEGEND, DERIVED_ARR_MARK, derivedArrNote } from '../../../renderer/lib/arrMarker';
import { AtRiskList } from '../../../renderer/features/metrics/AtRiskList';
import { COLUMN_BY_ID, formatCell } from '../../../renderer/features/portfolio/columns';
import { accountRow } from './accountRows';

const today = 20_000;

describe('a derived ARR is told apart from an entered one', () => {
  it('in the portfolio: marked, and its tooltip says how it was derived', () => {
    const derived = formatCell(COLUMN_BY_ID.arr, accountRow(1, { arr: 36_000, arrSource: 'revenue' }), today);
    expect(derived.text).toBe(`$36k${DERIVED_ARR_MARK}`);
    expect(derived.title).toMatch(/^\$36,000\.00 — No ARR entered: 12 × current MRR from the revenue history$/);
    expect(formatCell(COLUMN_BY_ID.arr, accountRow(2, { arr: 8400, arrSource: 'mrr' }), today).text).toBe(`$8.4k${DERIVED_ARR_MARK}`);
    // Entered, or a row that does not say: as before.
    expect(formatCell(COLUMN_BY_ID.arr, accountRow(3, { arr: 36_000, arrSource: 'entered' }), today)).toEqual({ text: '$36k', title: '$36,000.00' });
    expect(formatCell(COLUMN_BY_ID.arr, accountRow(4, { arr: 36_000 }), today)).toEqual({ text: '$36k', title: '$36,000.00' });
    // MRR is never marked.
    expect(formatCell(COLUMN_BY_ID.mrr, accountRow(5, { mrr: 3000, arrSource: 'revenue' }), today).text).toBe('$3k');
  });

  it('in the at-risk list: marked figures and the legend, only when there are any', () => {
    const account = (id: number, arrSource: AtRiskAccount['arrSource']): AtRiskAccount => ({
      id, name: `Account ${id}`, arr: 12_000, arrSource, band: 'red', bandLabel: 'Red', score: 20, scoreChange: null, reason: 'red',
    });
    const mixed = renderToStaticMarkup(createElement(AtRiskList, { accounts: [account(1, 'revenue'), account(2, 'entered')], total: 2 }));
    expect(mixed.match(new RegExp(`\\$12k\\${DERIVED_ARR_MARK}`, 'g'))).toHaveLength(1);
    expect(mixed).toContain(DERIVED_ARR_LEGEND);
    const entered = renderToStaticMarkup(createElement(AtRiskList, { accounts: [account(2, 'entered')], total: 1 }));
    expect(entered).not.toContain(DERIVED_ARR_LEGEND);
  });

  it('under a total: how much of it is derived', () => {
    expect(derivedArrNote(1500, (value) => `$${value}`)).toBe(`$1500 of it derived. ${DERIVED_ARR_LEGEND}`);
  });
});
