import type { ByteSourceAddress } from '../byteSource';
import type { CsvRecord } from '../csvRecords';
import type { ReadErrorPlace } from '../readError';

/** What the reading side asks of the reader thread. */
export type ToReader =
  | { type: 'start'; address: ByteSourceAddress; displayName: string; encoding: string; delimiter: string; credits: number }
  /** The reading side took batches: the thread may send this many more. */
  | { type: 'credit'; batches: number };

/** A failure, as it can cross threads: an ImportReadError is rebuilt as one on the other side. */
export type ReaderFailure =
  | { kind: 'read'; fileName: string; problem: string; place: ReadErrorPlace }
  | { kind: 'internal'; message: string };

/** What the reader thread sends back. */
export type FromReader =
  | { type: 'batch'; records: CsvRecord[]; bytesRead: number }
  | { type: 'end'; nulsRemoved: number; bytesRead: number }
  | { type: 'failed'; failure: ReaderFailure };
