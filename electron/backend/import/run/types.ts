import type { ImportRunResult } from '../../../../shared/api/importDto';
import type { MappingSpec } from '../../../../shared/api/mappingSpec';
import type { Clock } from '../../types';
import type { ReaderThreadOptions } from '../read/thread/readerThread';

/** One table to import: where its rows are, and the mapping that reads them. */
export interface TableToImport {
  /** The file on disk. */
  path: string;
  /** The file as the user knows it: it names the file in every error. */
  fileName: string;
  /** Inside a Salesforce Data Export ZIP: the entry's name. */
  entry?: string;
  /** XLSX: the sheet to read (default: the first). */
  sheet?: string;
  spec: MappingSpec;
  /** For the batch history: the saved mapping's name, else the spec's source. */
  mappingName?: string;
}

export interface ImportProgress {
  /** The table being read ("export.zip/Account.csv"). */
  label: string;
  /** 0-based position of that table in the run, and how many there are. */
  tableIndex: number;
  tableCount: number;
  /** Rows of this table read so far. */
  rows: number;
  /** Share of the whole run done, from 0 to 1. */
  fraction: number;
}

export interface RunImportOptions {
  /** A full export: records of the source absent from it are flagged missing (never deleted). */
  full: boolean;
  /** Preview: decide everything, write nothing. */
  dryRun: boolean;
  clock: Clock;
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting rolls the whole run back: nothing of it is written. */
  signal?: AbortSignal;
  /** Large CSV tables are parsed in a thread of their own (default: yes, from the TypeScript source); false reads inline. */
  readerThread?: ReaderThreadOptions | false;
}

export type { ImportRunResult };
