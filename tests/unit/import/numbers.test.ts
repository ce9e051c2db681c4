import { describe, expect, it } from 'vitest';
import { detectDecimalSeparator, parseNumber, type NumberHint } from '../../../shared/domain/import/values';

const value = (text: string, hint?: NumberHint) => {
  const result = parseNumber(text, hint);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe('parseNumber', () => {
  it.each([
    ['13884,00', undefined, 13884],
    ['7,0000000000', undefined, 7],
    ['1.234,56', undefined, 1234.56],
    ['1,234.56', undefined, 1234.56],
    ['$1,234', undefined, 1234],
    ['€ 12', undefined, 12],
    ['12 €', undefined, 12],
    ['EUR 1.234,50', undefined, 1234.5],
    ['(1,200)', undefined, -1200],
    ['($1,200.50)', undefined, -1200.5],
    ['-$5', undefined, -5],
    ['1 234,5', undefined, 1234.5],
    ['1\u00a0234,5', undefined, 1234.5],
    ["1'234.50", undefined, 1234.5],
    ['1.234.567', undefined, 1234567],
    ['42', undefined, 42],
    ['0.5', undefined, 0.5],
    [',5', { decimal: ',' }, 0.5],
    ['12%', undefined, 12],
    ['1.234', { decimal: ',' }, 1234],
    ['1,234', { decimal: ',' }, 1.234],
    ['1.234', { decimal: '.' }, 1.234],
    ['1,234', { decimal: '.' }, 1234],
  ] as const)('%s (%o) is %d', (text, hint, expected) => {
    expect(value(text, hint)).toBe(expected);
  });

  it('treats an empty cell as no number', () => {
    expect(parseNumber('')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', undefined, 'is not a number'],
    ['1.2.3,4,5', undefined, 'more than one decimal separator'],
    ['1.5', { decimal: ',' } as NumberHint, 'does not group thousands'],
    ['13884,00', { decimal: '.' } as NumberHint, 'does not group thousands'],
    ['1,5.3', { decimal: ',' } as NumberHint, 'after the decimal separator'],
    ['12 apples', undefined, 'is not a number'],
  ])('refuses %s with a reason', (text, hint, reason) => {
    const result = parseNumber(text, hint);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('detectDecimalSeparator', () => {
  it('finds the decimal comma of a European column', () => {
    expect(detectDecimalSeparator(['13884,00', '1.234', '500'])).toMatchObject({ decimal: ',', ambiguous: false });
    expect(detectDecimalSeparator(['1.234.567'])).toMatchObject({ decimal: ',', ambiguous: false });
  });

  it('finds the decimal point of an American column', () => {
    const decision = detectDecimalSeparator(['$1,234', '1,234.56', '3']);
    expect(decision).toMatchObject({ decimal: '.', ambiguous: false });
    expect(decision.evidence).toContain('1,234.56');
  });

  it('flags a column that cannot tell', () => {
    expect(detectDecimalSeparator(['1,234', '2,500'])).toMatchObject({ decimal: '.', ambiguous: true });
    expect(detectDecimalSeparator(['12', '400'])).toMatchObject({ decimal: '.', ambiguous: false });
    expect(detectDecimalSeparator(['1,5', '2.5', '3,5'])).toMatchObject({ decimal: ',', ambiguous: true });
  });
});
