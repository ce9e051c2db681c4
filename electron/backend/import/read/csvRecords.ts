import { pipeline } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import type { ByteSource } from './byteSource';
import { countLineBreaks } from './lineBreaks';
import { NulFilter } from './nulFilter';
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
 * stays flat however long the file. Blank records (every cell empty) are skipped. Any failure
 * becomes an ImportReadError naming the file and the line where the failing record starts.
 */
export async function* readCsvRecords(
  source: ByteSource,
  encoding: string,
  delimiter: string,
  onEnd: (end: RecordStreamEnd) => void = () => undefined,
): AsyncGenerator<CsvRecord> {
  let bytes;
  try {
    bytes = await source.open();
  } catch (error) {
    throw new ImportReadError(source.displayName, `cannot read the file (${(error as Error).message})`);
  }
  const nulFilter = new NulFilter();
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true, // a stray " inside an unquoted cell is text, as Excel reads it
    max_record_size: MAX_RECORD_CHARS,
  });
  // pipeline() destroys every stage when one fails or when the consumer stops early.
  pipeline(bytes, iconv.decodeStream(encoding), nulFilter, parser, () => undefined);
  let line = 1;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const start = line;
      line += countLineBreaks(cells) + 1;
      if (cells.every((cell) => cell === '')) continue;
      yield { line: start, cells };
    }
  } catch (error) {
    throw describeParseFailure(source.displayName, error, line);
  } finally {
    parser.destroy();
  }
  onEnd({ nulsRemoved: nulFilter.removed });
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
