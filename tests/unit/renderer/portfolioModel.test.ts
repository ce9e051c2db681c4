import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../renderer/lib/dates';
import { MISSING, createPortfolioModel, filterOrder, searchTextOf, sortOrder, textRanks, warmUpSteps } from '../../../renderer/features/portfolio/model';
import { NO_VALUE } from '../../../renderer/features/portfolio/filters';
import { radixOrder } from '../../../renderer/features/portfolio/radix';
import { accountRow } from './accountRows';

const today = dayNumber('2026-06-01')!;
const rows = [
  accountRow(1, { name: 'beta', tier: 'tech-touch', arr: 500, owner: 'Ann', renewalDate: '2026-06-11', lastTouch: '2026-05-30' }),
  accountRow(2, { name: 'Alpha', tier: 'strategic', arr: 9000, owner: 'bob', renewalDate: '2026-05-20', lastTouch: null }),
  accountRow(3, { name: 'gamma', tier: null, arr: 500, owner: 'Ann', renewalDate: null, lastTouch: '2026-01-01', stage: 'renewal' }),
  accountRow(4, { name: 'Account 10', tier: 'strategic', arr: 120, owner: null, segment: 'SMB', status: 'churned' }),
  accountRow(5, { name: 'Account 9', tier: 'mid-touch', arr: 9000, owner: 'Cy', segment: 'Enterprise' }),
];
const ids = (order: Uint32Array) => Array.from(order, (i) => rows[i]!.id);
const model = () => createPortfolioModel(rows, today);

describe('sortOrder', () => {
  it('keeps the book order without a sort', () => {
    expect(ids(sortOrder(model(), []))).toEqual([1, 2, 3, 4, 5]);
  });

  it('sorts text case-insensitively with numbers in natural order', () => {
    expect(ids(sortOrder(model(), [{ id: 'name', desc: false }]))).toEqual([5, 4, 2, 1, 3]);
    expect(ids(sortOrder(model(), [{ id: 'name', desc: true }]))).toEqual([3, 1, 2, 4, 5]);
  });

  it('sorts enums in their own order and puts missing values last both ways', () => {
    expect(ids(sortOrder(model(), [{ id: 'tier', desc: false }]))).toEqual([2, 4, 5, 1, 3]);
    expect(ids(sortOrder(model(), [{ id: 'tier', desc: true }]))).toEqual([1, 5, 2, 4, 3]);
    expect(ids(sortOrder(model(), [{ id: 'owner', desc: true }]))).toEqual([5, 2, 1, 3, 4]);
  });

  it('sorts by several keys, ties falling back to the book order', () => {
    expect(ids(sortOrder(model(), [{ id: 'arr', desc: true }, { id: 'name', desc: false }]))).toEqual([5, 2, 1, 3, 4]);
    expect(ids(sortOrder(model(), [{ id: 'arr', desc: true }]))).toEqual([2, 5, 1, 3, 4]);
    expect(ids(sortOrder(model(), [{ id: 'arr', desc: false }, { id: 'name', desc: true }]))).toEqual([4, 3, 1, 2, 5]);
  });

  it('sorts dates by day, missing last', () => {
    expect(ids(sortOrder(model(), [{ id: 'renewalDate', desc: false }]))).toEqual([2, 1, 3, 4, 5]);
    expect(ids(sortOrder(model(), [{ id: 'lastTouch', desc: true }]))).toEqual([1, 3, 2, 4, 5]);
  });

  it('ignores unknown columns and caches results per sort', () => {
    const m = model();
    const first = sortOrder(m, [{ id: 'nope', desc: false }, { id: 'arr', desc: false }]);
    expect(ids(first)).toEqual([4, 1, 3, 2, 5]);
    expect(sortOrder(m, [{ id: 'arr', desc: false }])).toBe(first);
  });

  it('is a stable permutation that respects the key, for any numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.boolean(), (arrs, desc) => {
        const book = arrs.map((arr, i) => accountRow(i + 1, { arr }));
        const order = sortOrder(createPortfolioModel(book, today), [{ id: 'arr', desc }]);
        expect([...order].sort((a, b) => a - b)).toEqual(book.map((_, i) => i));
        for (let j = 1; j < order.length; j++) {
          const a = book[order[j - 1]!]!.arr;
          const b = book[order[j]!]!.arr;
          expect(desc ? a >= b : a <= b).toBe(true);
          if (a === b) expect(order[j - 1]!).toBeLessThan(order[j]!);
        }
      }),
    );
  });
});

describe('textRanks', () => {
  it('gives equal text values equal ranks and missing values MISSING', () => {
    expect(Array.from(textRanks(['b', null, 'a', 'B', '']))).toEqual([1, MISSING, 0, 1, MISSING]);
  });
  it('uses lower-case order for very many distinct values', () => {
    const values = Array.from({ length: 6000 }, (_, i) => `n${String(6000 - i).padStart(5, '0')}`);
    values.push('N00000');
    const ranks = textRanks(values);
    expect(ranks[values.length - 1]).toBe(0);
    expect(ranks[0]).toBe(6000);
  });
  it('warms up every column without changing results', () => {
    const m = model();
    for (const step of warmUpSteps(m, ['name', 'arr', 'tier', 'renewalDate'])) step();
    expect(ids(sortOrder(m, [{ id: 'name', desc: false }]))).toEqual([5, 4, 2, 1, 3]);
  });
});

describe('sortOrder against a comparator sort', () => {
  it('matches a reference multi-key sort for any book', () => {
    const tier = fc.constantFrom('strategic' as const, 'mid-touch' as const, 'tech-touch' as const, null);
    const row = fc.record({
      owner: fc.option(fc.constantFrom('ann', 'Bob', 'cy', 'Ann'), { nil: null }),
      tier,
      arr: fc.integer({ min: 0, max: 5 }),
      renewalDate: fc.option(fc.constantFrom('2026-01-01', '2026-02-01', '2025-12-31'), { nil: null }),
    });
    const rule = fc.record({ id: fc.constantFrom('owner', 'tier', 'arr', 'renewalDate'), desc: fc.boolean() });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.uniqueArray(rule, { selector: (r) => r.id, maxLength: 3 }), (specs, rules) => {
        const book = specs.map((spec, i) => accountRow(i + 1, spec));
        const m = createPortfolioModel(book, today);
        const key = (i: number, id: string): number | string | null => {
          const r = book[i]!;
          if (id === 'tier') return r.tier === null ? null : ['strategic', 'mid-touch', 'tech-touch'].indexOf(r.tier);
          if (id === 'owner') return r.owner === null ? null : r.owner.toLowerCase();
          if (id === 'arr') return r.arr;
          return r.renewalDate;
        };
        const expected = book.map((_, i) => i).sort((a, b) => {
          for (const { id, desc } of rules) {
            const x = key(a, id);
            const y = key(b, id);
            if (x === y) continue;
            if (x === null) return 1;
            if (y === null) return -1;
            const c = x < y ? -1 : 1;
            return desc ? -c : c;
          }
          return a - b;
        });
        expect(Array.from(sortOrder(m, rules))).toEqual(expected);
      }),
    );
  });
});

describe('filterOrder', () => {
  const run = (filters: { id: string; value: unknown }[], quick = '') => {
    const m = model();
    return ids(filterOrder(m, sortOrder(m, []), filters, quick));
  };

  it('returns everything without filters', () => {
    const m = model();
    const order = sortOrder(m, []);
    expect(filterOrder(m, order, [], '  ')).toBe(order);
  });

  it('filters text by case-insensitive contains', () => {
    expect(run([{ id: 'name', value: 'ACCOUNT' }])).toEqual([4, 5]);
    expect(run([{ id: 'owner', value: 'an' }])).toEqual([1, 3]);
    expect(run([{ id: 'owner', value: '   ' }])).toEqual([1, 2, 3, 4, 5]);
  });

  it('filters enums by value or by "not set"', () => {
    expect(run([{ id: 'tier', value: 'strategic' }])).toEqual([2, 4]);
    expect(run([{ id: 'tier', value: NO_VALUE }])).toEqual([3]);
    expect(run([{ id: 'status', value: 'churned' }])).toEqual([4]);
  });

  it('filters numbers by min and max, ignoring a half-typed side', () => {
    expect(run([{ id: 'arr', value: { min: '500', max: '' } }])).toEqual([1, 2, 3, 5]);
    expect(run([{ id: 'arr', value: { min: '200', max: '1,000' } }])).toEqual([1, 3]);
    expect(run([{ id: 'arr', value: { min: '-', max: '' } }])).toEqual([1, 2, 3, 4, 5]);
  });

  it('filters renewal by days to renewal; no date never matches a range', () => {
    expect(run([{ id: 'renewalDate', value: { min: '', max: '30' } }])).toEqual([1, 2]);
    expect(run([{ id: 'renewalDate', value: { min: '0', max: '' } }])).toEqual([1]);
  });

  it('filters last touch by days ago; never touched counts as long ago', () => {
    expect(run([{ id: 'lastTouch', value: { min: '90', max: '' } }])).toEqual([2, 3, 4, 5]);
    expect(run([{ id: 'lastTouch', value: { min: '', max: '7' } }])).toEqual([1]);
  });

  it('combines column filters and quick-filter words, keeping the sort order', () => {
    const m = model();
    const sorted = sortOrder(m, [{ id: 'arr', desc: true }]);
    expect(ids(filterOrder(m, sorted, [{ id: 'tier', value: 'strategic' }], ''))).toEqual([2, 4]);
    expect(ids(filterOrder(m, sorted, [], 'ann renewal'))).toEqual([3]);
    expect(ids(filterOrder(m, sorted, [], 'enterprise'))).toEqual([5]);
    expect(ids(filterOrder(m, sorted, [], 'strategic'))).toEqual([2, 4]);
  });
});

describe('searchTextOf', () => {
  it('joins names and labels so words do not run together', () => {
    expect(searchTextOf(rows[2]!)).toBe('gamma\u0001ann\u0001renewal\u0001active');
  });
});

describe('radixOrder', () => {
  it('keeps the given order for ties', () => {
    expect(Array.from(radixOrder(Float64Array.from([2, 1, 2, 1]), Uint32Array.from([3, 2, 1, 0])))).toEqual([3, 1, 2, 0]);
  });

  it('sorts indices stably by any finite numbers and Infinity, like a comparator sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -3, max: 3 }), fc.constant(Infinity), fc.constant(-0)), { maxLength: 80 }),
        (numbers) => {
          const values = Float64Array.from(numbers);
          const expected = numbers.map((_, i) => i).sort((a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : a - b));
          expect(Array.from(radixOrder(values))).toEqual(expected);
        },
      ),
    );
  });
});
