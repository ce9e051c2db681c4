import { pipeline } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import type { ByteSource } from './byteSource';
import { countLineBreaks } from './lineBreaks';
import { NulFilter, Utf8NulFilter } from './nulFilter';
import { ImportReadError } from './readError';

/** A record longer than this is almost always a quote that is never closed. */
const MAX_RECORD_CHARS = 8 * 1024 * 1024;

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export interface RecordStreamEnd {
  /** NUL characters removed from the whole text read. */
  nulsRemoved: number;
}

/**
 * Streams the records of a CSV: bytes -> iconv-lite -> NUL filter -> csv-parse, so memory
 * stays flat however long the file (UTF-8 skips iconv-lite: csv-parse reads its bytes as they are).
 * Blank records (every cell empty) are skipped. Any failure becomes an ImportReadError naming the
 * file and the line where the failing record starts.
 */
export async function* readCsvRecords(
  source: ByteSource,
  encoding: string,
  delimiter: string,
  onEnd: (end: RecordStreamEnd) => void = () => undefined,
): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvRecordBatches(source, encoding, delimiter, onEnd)) yield* batch;
}

/**
 * The same records in batches: all that csv-parse has parsed when asked (the records of a
 * read's worth of bytes), so a reader of every record awaits once per batch, not once per record.
 */
export async function* readCsvRecordBatches(
  source: ByteSource,
  encoding: string,
  delimiter: string,
  onEnd: (end: RecordStreamEnd) => void = () => undefined,
): AsyncGenerator<CsvRecord[]> {
  let bytes;
  try {
    bytes = await source.open();
  } catch (error) {
    throw new ImportReadError(source.displayName, `cannot read the file (${(error as Error).message})`);
  }
  const nulFilter = isUtf8(encoding) ? new Utf8NulFilter() : new NulFilter();
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true, // a stray " inside an unquoted cell is text, as Excel reads it
    max_record_size: MAX_RECORD_CHARS,
  });
  // pipeline() destroys every stage when one fails or when the consumer stops early.
  if (nulFilter instanceof Utf8NulFilter) pipeline(bytes, nulFilter, parser, () => undefined);
  else pipeline(bytes, iconv.decodeStream(encoding), nulFilter, parser, () => undefined);
  let line = 1;
  try {
    for await (const first of parser as AsyncIterable<string[]>) {
      const batch: CsvRecord[] = [];
      // The records already parsed come with the first, synchronously; a destroyed (failed)
      // parser hands out nothing more, as its iterator does, so the failure is thrown next.
      for (let cells: string[] | null = first; cells !== null; cells = parser.destroyed ? null : (parser.read() as string[] | null)) {
        const start = line;
        line += countLineBreaks(cells) + 1;
        if (cells.every((cell) => cell === '')) continue;
        batch.push({ line: start, cells });
      }
      if (batch.length > 0) yield batch;
    }
  } catch (error) {
    throw describeParseFailure(source.displayName, error, line);
  } finally {
    parser.destroy();
  }
  onEnd({ nulsRemoved: nulFilter.removed });
}

/** "UTF-8", "utf8" and "utf_8" are one encoding. */
function isUtf8(encoding: string): boolean {
  return encoding.toLowerCase().replace(/[-_]/g, '') === 'utf8';
}

function describeParseFailure(displayName: string, error: unknown, line: number): ImportReadError {
  if (error instanceof ImportReadError) return error;
  const csvError = error as Partial<CsvError> & Error;
  const column = typeof csvError.index === 'number' ? csvError.index + 1 : undefined;
  switch (csvError.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new ImportReadError(displayName, 'a quoted field is never closed (its closing " is missing)', { line, column });
    case 'CSV_MAX_RECORD_SIZE':
      return new ImportReadError(
        displayName,
        `a record is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB; a quoted field is probably never closed`,
        { line, column },
      );
    default:
      if (csvError.code?.startsWith('CSV_')) {
        return new ImportReadError(displayName, `not valid CSV (${firstLine(csvError.message)})`, { line, column });
      }
      // The disk or the decoder failed, not the CSV.
      return new ImportReadError(displayName, `cannot read the file (${firstLine(csvError.message)})`, { line });
  }
}

function firstLine(message: string | undefined): string {
  return (message ?? 'unknown error').split('\n')[0]!;
}
