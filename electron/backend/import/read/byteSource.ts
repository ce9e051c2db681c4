import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';

/** Bytes of one table, wherever they live (a file on disk, an entry of a ZIP). */
export interface ByteSource {
  /** How messages name it: the path given, or "export.zip/Account.csv". */
  displayName: string;
  /** The first maxBytes bytes; isWhole when that is the entire content. */
  readHead(maxBytes: number): Promise<{ head: Buffer; isWhole: boolean }>;
  /** A fresh stream over all the bytes, from the start. */
  open(): Promise<Readable>;
  /** How many bytes there are, when known up front (for progress bars). */
  size(): Promise<number | null>;
  /** Where the bytes are, for a reader in another thread to open them itself; absent when they cannot be reopened. */
  address?: ByteSourceAddress;
}

/** A file on disk, or one entry of a ZIP archive on disk. */
export type ByteSourceAddress = { kind: 'file'; path: string } | { kind: 'zipEntry'; path: string; entry: string };

/**
 * The same bytes, counting what has been read, so a long import can say how far it is. The
 * count is what left the source, which runs a little ahead of the rows handed out.
 */
export function countingByteSource(source: ByteSource): ByteSource & { bytesRead(): number } {
  let bytesRead = 0;
  return {
    ...source,
    bytesRead: () => bytesRead,
    async open() {
      const bytes = await source.open();
      bytesRead = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytesRead += chunk.length;
          done(null, chunk);
        },
      });
      bytes.on('error', (error) => counter.destroy(error));
      counter.on('close', () => bytes.destroy());
      return bytes.pipe(counter);
    },
  };
}

export function fileByteSource(filePath: string, displayName = filePath): ByteSource {
  return {
    displayName,
    address: { kind: 'file', path: filePath },
    async readHead(maxBytes) {
      const handle = await fs.promises.open(filePath, 'r');
      try {
        const buffer = Buffer.alloc(maxBytes);
        const { bytesRead } = await handle.read(buffer, 0, maxBytes, 0);
        const { size } = await handle.stat();
        return { head: buffer.subarray(0, bytesRead), isWhole: bytesRead >= size };
      } finally {
        await handle.close();
      }
    },
    async open() {
      // csv-parse turns a whole read into records at once: 64 KB reads keep few records waiting,
      // which roughly halved the garbage collector's copying against 256 KB reads.
      return fs.createReadStream(filePath, { highWaterMark: 64 * 1024 });
    },
    async size() {
      return (await fs.promises.stat(filePath)).size;
    },
  };
}

/** Reads up to maxBytes from a stream and then stops it, for sources that can only stream. */
export async function readStreamHead(stream: Readable, maxBytes: number): Promise<{ head: Buffer; isWhole: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  let isWhole = true;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    length += buffer.length;
    if (length > maxBytes) {
      isWhole = false;
      break; // leaving the loop destroys the stream
    }
  }
  return { head: Buffer.concat(chunks).subarray(0, maxBytes), isWhole };
}
