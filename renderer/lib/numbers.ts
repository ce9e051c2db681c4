/**
 * Reads a number typed by a person: "12000", "12,000.50", "12 000", "12000,5" (decimal comma).
 * Returns null for empty input and NaN for text that is not a number.
 */
export function parseNumberInput(text: string): number | null {
  let s = text.trim().replace(/[\s\u00a0\u202f_]/g, '');
  if (s === '') return null;
  s = s.replace(/^[$€£]/, '');
  const hasComma = s.includes(',');
  const hasDot = s.includes('.');
  if (hasComma && hasDot) {
    // Whichever comes last is the decimal separator: "1,234.5" or "1.234,5".
    s = s.lastIndexOf(',') > s.lastIndexOf('.')
      ? s.replace(/\./g, '').replace(',', '.')
      : s.replace(/,/g, '');
  } else if (hasComma) {
    s = /^-?\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return Number.NaN;
  return Number(s);
}
