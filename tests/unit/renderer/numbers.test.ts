import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../../renderer/lib/numbers';

describe('parseNumberInput', () => {
  it.each([
    ['12000', 12000],
    [' 12,000.50 ', 12000.5],
    ['12 000', 12000],
    ['12000,5', 12000.5],
    ['1.234,5', 1234.5],
    ['$1,200', 1200],
    ['-3', -3],
    ['.5', 0.5],
  ])('%s → %d', (text, value) => {
    expect(parseNumberInput(text)).toBe(value);
  });

  it('gives null for empty and NaN for text', () => {
    expect(parseNumberInput('  ')).toBeNull();
    expect(parseNumberInput('twelve')).toBeNaN();
    expect(parseNumberInput('1.2.3')).toBeNaN();
  });
});
