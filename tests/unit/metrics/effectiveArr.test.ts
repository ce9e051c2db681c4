import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeArrSource, effectiveArr, isDerivedArr, type ArrFacts } from '../../../shared/domain/metrics';

const facts = (over: Partial<ArrFacts>): ArrFacts => ({ arr: 0, status: 'active', mrr: 0, revenueMrr: null, ...over });

describe('effectiveArr', () => {
  it('takes an entered ARR above 0 over everything else', () => {
    expect(effectiveArr(facts({ arr: 50_000, mrr: 9_000, revenueMrr: 8_000 }))).toEqual({ arr: 50_000, source: 'entered' });
    // Entered wins on a churned account too: it is what the user or the CRM said.
    expect(effectiveArr(facts({ arr: 50_000, status: 'churned' }))).toEqual({ arr: 50_000, source: 'entered' });
  });

  it('reads 0, null, negative and non-finite ARR as not entered', () => {
    for (const arr of [0, null, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(effectiveArr(facts({ arr, revenueMrr: 100 })), String(arr)).toEqual({ arr: 1200, source: 'revenue' });
    }
  });

  it('gives a churned account without an entered ARR no ARR at all', () => {
    expect(effectiveArr(facts({ status: 'churned', mrr: 500, revenueMrr: 400 }))).toEqual({ arr: 0, source: 'churned' });
  });

  it('derives 12 × the current revenue MRR, which beats the MRR field, even at 0', () => {
    expect(effectiveArr(facts({ mrr: 999, revenueMrr: 250.5 }))).toEqual({ arr: 3006, source: 'revenue' });
    // All MRR gone in the history: churned by revenue, whatever the stale field says.
    expect(effectiveArr(facts({ mrr: 999, revenueMrr: 0 }))).toEqual({ arr: 0, source: 'revenue' });
    expect(effectiveArr(facts({ revenueMrr: -3 }))).toEqual({ arr: 0, source: 'revenue' });
  });

  it('falls back to 12 × the MRR field without a revenue history, else to nothing', () => {
    expect(effectiveArr(facts({ mrr: 700 }))).toEqual({ arr: 8400, source: 'mrr' });
    expect(effectiveArr(facts({ mrr: 0 }))).toEqual({ arr: 0, source: 'none' });
    expect(effectiveArr(facts({ mrr: null }))).toEqual({ arr: 0, source: 'none' });
  });

  it('marks exactly the revenue and MRR sources as derived, and describes each', () => {
    expect((['entered', 'churned', 'revenue', 'mrr', 'none'] as const).filter(isDerivedArr)).toEqual(['revenue', 'mrr']);
    expect(describeArrSource('revenue')).toMatch(/12 × current MRR from the revenue history/);
    expect(describeArrSource('mrr')).toMatch(/MRR field/);
  });

  it('is always a finite amount of at least 0, and the entered one whenever one is entered', () => {
    const amount = fc.oneof(fc.constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY), fc.double({ min: -1e12, max: 1e12 }), fc.integer({ min: -1000, max: 1_000_000 }));
    fc.assert(
      fc.property(amount, fc.constantFrom('active', 'churned'), amount, amount, (arr, status, mrr, revenueMrr) => {
        const result = effectiveArr({ arr, status, mrr, revenueMrr });
        expect(Number.isFinite(result.arr) && result.arr >= 0).toBe(true);
        if (arr !== null && Number.isFinite(arr) && arr > 0) expect(result).toEqual({ arr, source: 'entered' });
        else if (status === 'churned') expect(result.arr).toBe(0);
      }),
    );
  });
});
