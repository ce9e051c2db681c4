import type { ReaderThread } from './thread/readerThread';

/** What a caller may force instead of trusting detection, and how a whole read may run. */
export interface ReadOptions {
  /** An iconv-lite encoding name (e.g. "windows-1251"); wins over detection. */
  encoding?: string;
  /** A single character; wins over detection. */
  delimiter?: string;
  /** XLSX only: a sheet name or a 1-based sheet number (default: the first sheet). */
  sheet?: string | number;
  /** CSV: rowBatches() (a whole read) parses in this thread when the table is large enough for it. */
  readerThread?: ReaderThread;
}

export interface TableRow {
  /** 1-based line (CSV) or row (XLSX) where the record starts in the file. */
  rowNumber: number;
  /** One string per header column: short rows are padded with "", empty extras dropped. */
  cells: string[];
}

export interface TableSource {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** The encoding the text was decoded with (XLSX: always "UTF-8", the format's own). */
  encoding: string;
  /** 0–100 as reported by the detector; 100 for a byte-order mark, an override or XLSX. */
  encodingConfidence: number;
  encodingOverridden: boolean;
  /** The field separator (XLSX: null). */
  delimiter: string | null;
  /** XLSX: the sheet read. */
  sheetName: string | null;
  /** Column names, de-duplicated ("Name", "Name (2)"), never empty. */
  header: string[];
  /**
   * Things the user should know that did not stop the read. Grows while rows() is read
   * (NUL characters, rows with extra cells), so it is complete once iteration ends.
   */
  warnings: string[];
  /** The records after the header, read afresh from the file on every call. */
  rows(): AsyncIterable<TableRow>;
  /**
   * The same rows a batch at a time, when the reader has them in batches (CSV), for a caller that
   * reads them all: one await per batch instead of per row. Warnings then run a batch ahead.
   */
  rowBatches?(): AsyncIterable<TableRow[]>;
  /** How much of the current rows() pass is read, from 0 to 1, or null when unknown (XLSX). */
  progress(): number | null;
}
