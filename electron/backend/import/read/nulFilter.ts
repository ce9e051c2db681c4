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
