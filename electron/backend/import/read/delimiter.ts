export const DELIMITER_CANDIDATES = [',', ';', '\t'] as const;

/** How many records of the sample are looked at. */
const SAMPLE_RECORDS = 50;

/**
 * Counts each candidate outside quoted fields, record by record, and picks the one whose
 * count is the same on the most records (Excel's `;` files carry decimal commas, so the most
 * frequent character is not enough), then the larger count, then the order `,` `;` tab.
 * `text` may end in a cut-off record; it is ignored when there are complete ones.
 */
export function detectDelimiter(text: string): string {
  const { records, endsInQuotes } = countPerRecord(text);
  // A stray quote (say at the start of a record) swallows the rest of the sample into one
  // "quoted field" that never closes: then the lines, read naively, say more than the records.
  // (Quoted cells that span lines and do close, like call notes, are normal and keep the records.)
  return pick(endsInQuotes ? countPerLine(text) : records);
}

function pick(counts: readonly Map<string, number>[]): string {
  let best: { delimiter: string; agreeing: number; count: number } | null = null;
  for (const delimiter of DELIMITER_CANDIDATES) {
    const perRecord = counts.map((record) => record.get(delimiter) ?? 0);
    const { value, frequency } = mode(perRecord);
    if (value === 0) continue;
    if (!best || frequency > best.agreeing || (frequency === best.agreeing && value > best.count)) {
      best = { delimiter, agreeing: frequency, count: value };
    }
  }
  return best?.delimiter ?? ',';
}

function countPerRecord(text: string): { records: Map<string, number>[]; endsInQuotes: boolean } {
  const records: Map<string, number>[] = [];
  let current = new Map<string, number>();
  let hasText = false;
  let inQuotes = false;
  let complete = false;
  for (let i = 0; i < text.length && records.length < SAMPLE_RECORDS; i++) {
    const char = text[i]!;
    if (!inQuotes && (char === '\n' || char === '\r')) {
      if (char === '\r' && text[i + 1] === '\n') i++;
      if (hasText) records.push(current); // blank lines say nothing about the separator
      current = new Map();
      hasText = false;
      complete = true;
      continue;
    }
    hasText = true;
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (DELIMITER_CANDIDATES as readonly string[]).includes(char)) {
      current.set(char, (current.get(char) ?? 0) + 1);
    }
  }
  // The last record may be cut off by the sample's end; use it only when it is all there is.
  if (hasText && (!complete || records.length === 0)) records.push(current);
  return { records, endsInQuotes: inQuotes };
}

/** Candidates per physical line, quotes ignored (the last line may be cut off: left out when there are others). */
function countPerLine(text: string): Map<string, number>[] {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  const complete = lines.length > 1 && !/[\r\n]$/.test(text) ? lines.slice(0, -1) : lines;
  return complete.slice(0, SAMPLE_RECORDS).map((line) => {
    const counts = new Map<string, number>();
    for (const char of line) if ((DELIMITER_CANDIDATES as readonly string[]).includes(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
    return counts;
  });
}

function mode(values: number[]): { value: number; frequency: number } {
  const frequency = new Map<number, number>();
  for (const value of values) frequency.set(value, (frequency.get(value) ?? 0) + 1);
  let best = { value: 0, frequency: 0 };
  for (const [value, count] of frequency) {
    if (count > best.frequency || (count === best.frequency && value > best.value)) best = { value, frequency: count };
  }
  return best;
}

/** "tab", "\t", "comma", "semicolon" or any single character; null when it is none of those. */
export function parseDelimiterName(value: string): string | null {
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
  const known = named[value.toLowerCase()];
  if (known) return known;
  return [...value].length === 1 && value !== '"' && value !== '\n' && value !== '\r' ? value : null;
}

/** For display: a tab is invisible. */
export function describeDelimiter(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}
