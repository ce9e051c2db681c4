import path from 'node:path';
import iconv from 'iconv-lite';
import { describeBinary } from './binary';
import { detectBom, stripLeadingBomChar } from './bom';
import { countingByteSource, type ByteSource, type ByteSourceAddress } from './byteSource';
import { readCsvRecordBatches, readCsvRecords, type CsvRecord, type RecordStreamEnd } from './csvRecords';
import { detectDelimiter } from './delimiter';
import { cutAtLastLineBreak, detectEncoding, normaliseEncodingName, type DetectedEncoding } from './encoding';
import { dedupeHeaders, trimTrailingEmpty } from './headers';
import { ImportReadError } from './readError';
import { fitToHeader, WarningList } from './rowShape';
import type { ReadOptions, TableRow, TableSource } from './types';

/** Detection looks at this much of the file and no more. */
export const SAMPLE_BYTES = 64 * 1024;

export async function openCsvSource(rawSource: ByteSource, options: ReadOptions = {}): Promise<TableSource> {
  const source = countingByteSource(rawSource);
  const name = source.displayName;
  const totalBytes = await source.size().catch(() => null);
  let sample;
  try {
    sample = await source.readHead(SAMPLE_BYTES);
  } catch (error) {
    throw new ImportReadError(name, `cannot read the file (${(error as Error).message})`);
  }
  const { head, isWhole } = sample;
  if (head.length === 0) throw new ImportReadError(name, 'the file is empty');
  const bom = detectBom(head);
  if (!bom) {
    const binary = describeBinary(head);
    if (binary) throw new ImportReadError(name, binary);
  }
  const warnings = new WarningList();
  const detected = chooseEncoding(name, head, isWhole, options.encoding);
  if (bom && detected.source === 'override' && canonical(bom.encoding) !== canonical(detected.encoding)) {
    warnings.add(`the file starts with a ${bom.encoding} byte-order mark but is decoded as ${detected.encoding}, as asked`);
  }
  const sampleText = stripLeadingBomChar(iconv.decode(cutAtLastLineBreak(head, isWhole), detected.encoding)).replaceAll('\u0000', '');
  const delimiter = chooseDelimiter(name, sampleText, options.delimiter);

  const first = await readHeaderRecord(source, detected.encoding, delimiter);
  const header = dedupeHeaders(trimTrailingEmpty([stripLeadingBomChar(first.cells[0] ?? ''), ...first.cells.slice(1)]));
  const headerLine = first.line;
  const isUtf8 = canonical(detected.encoding) === 'utf8';

  const onEnd = ({ nulsRemoved }: RecordStreamEnd) => {
    if (nulsRemoved > 0) warnings.add(`${nulsRemoved} NUL character${nulsRemoved === 1 ? '' : 's'} removed from the text`);
  };
  /** Bytes the reader thread has read in its current pass; null while reading inline. */
  let threadBytesRead: number | null = null;
  const records = () => {
    threadBytesRead = null;
    return readCsvRecordBatches(source, detected.encoding, delimiter, onEnd);
  };
  const threadAddress = readerThreadAddress(rawSource, totalBytes, options);
  if (threadAddress !== null) options.readerThread?.warmUp();
  /** A whole read: in the reader thread when the table is worth one. */
  const allRecords = () => {
    if (threadAddress === null || !options.readerThread) return records();
    threadBytesRead = 0;
    return options.readerThread.read({
      address: threadAddress,
      displayName: name,
      encoding: detected.encoding,
      delimiter,
      onBytesRead: (bytes) => (threadBytesRead = bytes),
      onEnd,
    });
  };
  /** A record after the header as a row (null for the header's own lines), noting what is wrong with it. */
  function rowOf(record: CsvRecord): TableRow | null {
    if (record.line <= headerLine) return null;
    if (isUtf8 && record.cells.some((cell) => cell.includes('\uFFFD'))) {
      warnings.add(
        `line ${record.line} has bytes that are not valid UTF-8 (shown as \uFFFD): the file may be in another encoding; try --encoding windows-1252`,
        'encoding',
      );
    }
    return { rowNumber: record.line, cells: fitToHeader(record.cells, header, record.line, warnings) };
  }

  // One row at a time, so a caller that stops early has the warnings of the rows it read and no more.
  async function* rows(): AsyncGenerator<TableRow> {
    for await (const batch of records()) {
      for (const record of batch) {
        const row = rowOf(record);
        if (row !== null) yield row;
      }
    }
  }

  async function* rowBatches(): AsyncGenerator<TableRow[]> {
    for await (const batch of allRecords()) {
      const rowsOfBatch: TableRow[] = [];
      for (const record of batch) {
        const row = rowOf(record);
        if (row !== null) rowsOfBatch.push(row);
      }
      if (rowsOfBatch.length > 0) yield rowsOfBatch;
    }
  }

  return {
    fileName: path.basename(name),
    format: 'csv',
    encoding: detected.encoding,
    encodingConfidence: detected.confidence,
    encodingOverridden: detected.source === 'override',
    delimiter,
    sheetName: null,
    header,
    warnings: warnings.items,
    rows,
    rowBatches,
    progress: () => (totalBytes ? Math.min(1, (threadBytesRead ?? source.bytesRead()) / totalBytes) : null),
  };
}

function readerThreadAddress(source: ByteSource, totalBytes: number | null, options: ReadOptions): ByteSourceAddress | null {
  const thread = options.readerThread;
  if (!thread || !source.address || totalBytes === null) return null;
  return totalBytes >= thread.minBytes ? source.address : null;
}

function chooseEncoding(name: string, head: Buffer, isWhole: boolean, override: string | undefined): DetectedEncoding {
  if (override === undefined) return detectEncoding(cutAtLastLineBreak(head, isWhole));
  const encoding = normaliseEncodingName(override);
  if (!encoding) throw new ImportReadError(name, `unknown encoding "${override}" (try utf-8, windows-1252, windows-1251, latin1, utf-16le)`);
  return { encoding, confidence: 100, source: 'override' };
}

function chooseDelimiter(name: string, sampleText: string, override: string | undefined): string {
  if (override === undefined) return detectDelimiter(sampleText);
  if ([...override].length !== 1 || override === '"' || override === '\n' || override === '\r') {
    throw new ImportReadError(name, `the delimiter must be one character other than a quote or a line break (got "${override}")`);
  }
  return override;
}

async function readHeaderRecord(source: ByteSource, encoding: string, delimiter: string) {
  const records = readCsvRecords(source, encoding, delimiter);
  try {
    const first = await records.next();
    if (first.done) throw new ImportReadError(source.displayName, 'the file has no header line (it holds only blank lines)');
    return first.value;
  } finally {
    await records.return(undefined);
  }
}

/** "UTF-16LE", "utf16le" and "utf_16le" are one encoding. */
function canonical(encoding: string): string {
  return encoding.toLowerCase().replace(/[-_]/g, '');
}
