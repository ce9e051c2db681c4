import { parentPort } from 'node:worker_threads';
import { countingByteSource, fileByteSource, type ByteSource, type ByteSourceAddress } from '../byteSource';
import { readCsvRecordBatches } from '../csvRecords';
import { ImportReadError } from '../readError';
import { openZipEntrySource } from '../zipEntries';
import type { FromReader, ReaderFailure, ToReader } from './protocol';

/**
 * The CSV reader thread: reads, decodes and parses a table's bytes and sends its records on in
 * batches, so parsing runs on another core while the import thread maps and writes. It runs
 * only as far ahead as the reading side's credits allow, so memory stays flat however long the
 * file. Tables come one at a time (ReaderThread ends the thread rather than leave a read halfway).
 */
if (!parentPort) throw new Error('csvReaderWorker.ts runs as a worker thread only');
const port = parentPort;
const send = (message: FromReader) => port.postMessage(message);

let credits = 0;
let wakeUp: (() => void) | null = null;

port.on('message', (message: ToReader) => {
  if (message.type === 'credit') {
    credits += message.batches;
    wakeUp?.();
  } else {
    credits = message.credits;
    void read(message);
  }
});

function creditAvailable(): Promise<void> {
  if (credits > 0) return Promise.resolve();
  return new Promise((resolve) => {
    wakeUp = () => {
      if (credits <= 0) return;
      wakeUp = null;
      resolve();
    };
  });
}

async function read(start: Extract<ToReader, { type: 'start' }>): Promise<void> {
  let opened: { source: ByteSource; close(): void } | null = null;
  try {
    opened = await openAddress(start.address, start.displayName);
    const source = countingByteSource(opened.source);
    let nulsRemoved = 0;
    const batches = readCsvRecordBatches(source, start.encoding, start.delimiter, (end) => (nulsRemoved = end.nulsRemoved));
    for await (const records of batches) {
      await creditAvailable();
      credits -= 1;
      send({ type: 'batch', records, bytesRead: source.bytesRead() });
    }
    send({ type: 'end', nulsRemoved, bytesRead: source.bytesRead() });
  } catch (error) {
    send({ type: 'failed', failure: describeFailure(error) });
  } finally {
    opened?.close();
  }
}

async function openAddress(address: ByteSourceAddress, displayName: string): Promise<{ source: ByteSource; close(): void }> {
  if (address.kind === 'file') return { source: fileByteSource(address.path, displayName), close: () => undefined };
  return openZipEntrySource(address.path, address.entry, displayName);
}

function describeFailure(error: unknown): ReaderFailure {
  if (error instanceof ImportReadError) {
    return { kind: 'read', fileName: error.fileName, problem: error.problem, place: error.place };
  }
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}
