import { Transform } from 'node:stream';

/**
 * Drops U+0000 from decoded text (some exporters pad with NULs; csv-parse would keep them in
 * cells) and counts them so the reader can warn once.
 */
export class NulFilter extends Transform {
  removed = 0;

  constructor() {
    super({ decodeStrings: false, encoding: 'utf8' });
  }

  override _transform(chunk: string | Buffer, _encoding: BufferEncoding, done: (error?: Error | null, data?: string) => void): void {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (!text.includes('\u0000')) {
      done(null, text);
      return;
    }
    const cleaned = text.replaceAll('\u0000', '');
    this.removed += text.length - cleaned.length;
    done(null, cleaned);
  }
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The same for UTF-8 kept as bytes: csv-parse reads bytes, so decoding UTF-8 to text first only
 * made it encode the text back (two passes over every byte for nothing). In UTF-8 a zero byte is
 * U+0000 and nothing else. Also drops a leading byte-order mark, as the text decoder does.
 */
export class Utf8NulFilter extends Transform {
  removed = 0;
  /** The first bytes, held until there are enough to tell whether they are a byte-order mark. */
  private head: Buffer | null = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null, data?: Buffer) => void): void {
    let bytes = chunk;
    if (this.head !== null) {
      bytes = Buffer.concat([this.head, chunk]);
      if (bytes.length < UTF8_BOM.length && UTF8_BOM.subarray(0, bytes.length).equals(bytes)) {
        this.head = bytes;
        done();
        return;
      }
      this.head = null;
      if (bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM)) bytes = bytes.subarray(UTF8_BOM.length);
    }
    done(null, this.withoutNuls(bytes));
  }

  override _flush(done: (error?: Error | null, data?: Buffer) => void): void {
    // A file shorter than a byte-order mark that starts like one.
    const head = this.head;
    this.head = null;
    done(null, head !== null && head.length > 0 ? this.withoutNuls(head) : undefined);
  }

  private withoutNuls(bytes: Buffer): Buffer {
    let nul = bytes.indexOf(0);
    if (nul < 0) return bytes;
    const kept: Buffer[] = [];
    let start = 0;
    while (nul >= 0) {
      kept.push(bytes.subarray(start, nul));
      this.removed += 1;
      start = nul + 1;
      nul = bytes.indexOf(0, start);
    }
    kept.push(bytes.subarray(start));
    return Buffer.concat(kept);
  }
}
