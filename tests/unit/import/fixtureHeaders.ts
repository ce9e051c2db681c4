import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'fixtures');

/** Every CSV under the shared fixtures, as paths relative to FIXTURES. */
export function fixtureCsvFiles(): string[] {
  return walk(FIXTURES)
    .map((full) => path.relative(FIXTURES, full))
    .sort();
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name.toLowerCase().endsWith('.csv') ? [full] : [];
  });
}

/**
 * Just enough decoding for a header line: UTF-16 by its byte-order mark, UTF-8 when valid,
 * else Latin-1 (the cp1252 files have plain ASCII headers). The real readers live elsewhere.
 */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const text = bytes.toString('utf8');
  return text.includes('\uFFFD') ? bytes.toString('latin1') : text.replace(/^\uFEFF/, '');
}

/** The first line split into header names: quotes with "" escapes, `;` when it outnumbers `,`. */
export function splitHeaderLine(line: string): string[] {
  const delimiter = (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ';' : ',';
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

export function readHeader(relativePath: string): string[] {
  const fd = fs.openSync(path.join(FIXTURES, relativePath), 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const length = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const text = decode(buffer.subarray(0, length));
    return splitHeaderLine(text.split(/\r?\n/)[0] ?? '');
  } finally {
    fs.closeSync(fd);
  }
}
