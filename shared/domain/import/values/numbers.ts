import { fail, ok, type ParseResult } from './result';

export type DecimalSeparator = '.' | ',';

export interface NumberHint {
  /** The column's decimal separator (see detectDecimalSeparator); without it each cell is read on its own. */
  decimal?: DecimalSeparator;
}

/** Currency symbols and codes that may stand before or after an amount. */
const CURRENCY = /^(?:[$€£¥₽₹₩₺₴]|(?:US\$|A\$|C\$|R\$|kr\.?|zł|CHF|USD|EUR|GBP|JPY|RUB|CAD|AUD|SEK|NOK|DKK|PLN|INR|BRL))/i;
const CURRENCY_END = /(?:[$€£¥₽₹₩₺₴]|(?:kr\.?|zł|CHF|USD|EUR|GBP|JPY|RUB|CAD|AUD|SEK|NOK|DKK|PLN|INR|BRL))$/i;
/** Spaces (also the no-break ones Excel writes) and apostrophes group thousands. */
const GROUPING_SPACES = /[\s\u00a0\u202f']/g;

/**
 * Reads a number cell: `1,234.56`, `1.234,56`, `13884,00`, `$1,234`, `€ 12`, `(1,200)` (negative),
 * `1 234,5`, `-5`, `12%` stays 12. Empty is null. A separator that does not fit the column's
 * convention (three-digit groups) is refused rather than guessed.
 */
export function parseNumber(text: string, hint: NumberHint = {}): ParseResult<number | null> {
  const original = text.trim();
  if (original === '') return ok(null);
  let body = original;
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  body = stripCurrency(body);
  if (body.startsWith('-') || body.startsWith('\u2212')) {
    negative = !negative;
    body = stripCurrency(body.slice(1).trim());
  } else if (body.endsWith('-')) {
    negative = !negative;
    body = body.slice(0, -1);
  } else if (body.startsWith('+')) {
    body = body.slice(1);
  }
  body = body.replace(/%$/, '').replace(GROUPING_SPACES, '');
  if (!/^[\d.,]*\d[\d.,]*$/.test(body)) return fail(`"${original}" is not a number`);
  const decimal = hint.decimal ?? guessDecimal(body);
  const thousands = decimal === '.' ? ',' : '.';
  const [whole = '', fraction, extra] = body.split(decimal);
  if (extra !== undefined) return fail(`"${original}" has more than one decimal separator "${decimal}"`);
  if (fraction !== undefined && fraction.includes(thousands)) return fail(`"${original}" has "${thousands}" after the decimal separator`);
  if (whole.includes(thousands) && !/^\d{1,3}(?:[.,]\d{3})+$/.test(whole)) {
    return fail(`"${original}": "${thousands}" does not group thousands here (the column uses "${decimal}" for decimals)`);
  }
  const digits = whole.split(thousands).join('') + (fraction === undefined ? '' : `.${fraction}`);
  const value = Number(digits.startsWith('.') ? `0${digits}` : digits);
  if (!Number.isFinite(value)) return fail(`"${original}" is not a number`);
  return ok(negative && value !== 0 ? -value : value);
}

function stripCurrency(text: string): string {
  return text.replace(CURRENCY, '').replace(CURRENCY_END, '').trim();
}

/**
 * One cell alone: with both separators the last one is the decimal; a separator used twice
 * groups thousands; a lone comma before exactly three digits groups thousands (`$1,234`);
 * any other lone separator is the decimal (`13884,00`, `1.5`).
 */
function guessDecimal(body: string): DecimalSeparator {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return '.';
  const other: DecimalSeparator = separator === '.' ? ',' : '.';
  if (body.indexOf(separator) !== body.lastIndexOf(separator)) return other;
  if (separator === ',' && /^\d{1,3},\d{3}$/.test(body)) return '.';
  return separator;
}

export interface DecimalDecision {
  decimal: DecimalSeparator;
  /** True when no value proves the convention (for example only `1,234` or `1.234`). */
  ambiguous: boolean;
  evidence: string;
}

/** Decides a column's decimal separator from values that settle it, by majority. */
export function detectDecimalSeparator(samples: readonly string[]): DecimalDecision {
  const votes: Record<DecimalSeparator, number> = { '.': 0, ',': 0 };
  const proof: Partial<Record<DecimalSeparator, string>> = {};
  let undecided: string | null = null;
  for (const sample of samples) {
    const body = sample.replace(GROUPING_SPACES, '').replace(/[^\d.,]/g, '');
    const vote = decisiveDecimal(body);
    if (vote === 'undecided') undecided ??= sample.trim();
    if (vote === null || vote === 'undecided') continue;
    votes[vote]++;
    proof[vote] ??= sample.trim();
  }
  if (votes['.'] === 0 && votes[','] === 0) {
    return undecided === null
      ? { decimal: '.', ambiguous: false, evidence: 'no decimal or thousands separators in the values' }
      : { decimal: '.', ambiguous: true, evidence: `"${undecided}" could be either convention; assuming "." for decimals` };
  }
  const decimal: DecimalSeparator = votes[','] > votes['.'] ? ',' : '.';
  const other: DecimalSeparator = decimal === '.' ? ',' : '.';
  if (votes[other] > 0) {
    return {
      decimal,
      ambiguous: true,
      evidence: `mixed: "${proof[decimal]}" uses "${decimal}" for decimals but "${proof[other]}" uses "${other}"; ${votes[decimal]} vs ${votes[other]}`,
    };
  }
  return { decimal, ambiguous: false, evidence: `"${proof[decimal]}" uses "${decimal}" for decimals` };
}

function decisiveDecimal(body: string): DecimalSeparator | 'undecided' | null {
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots === 0 && commas === 0) return null;
  if (dots > 0 && commas > 0) return body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  const separator: DecimalSeparator = dots > 0 ? '.' : ',';
  const other: DecimalSeparator = separator === '.' ? ',' : '.';
  if (dots + commas > 1) return other;
  return /^\d{1,3}[.,]\d{3}$/.test(body) ? 'undecided' : separator;
}
