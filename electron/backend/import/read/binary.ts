/** Signatures of files that are plainly not text tables, for a precise message. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office file (.xls); save it as .xlsx or CSV' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database' },
];

export function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((byte, i) => head[i] === byte);
}

export function isZip(head: Uint8Array): boolean {
  return startsWith(head, [0x50, 0x4b, 0x03, 0x04]);
}

/**
 * Why the sample is not single- or multi-byte text, or null when it may be. Called only for
 * files without a UTF-16 byte-order mark (whose text is half NUL bytes by nature). A few NULs
 * are tolerated (they are removed with a warning); control characters that text never holds,
 * or NULs in bulk, mean binary data.
 */
export function describeBinary(head: Uint8Array): string | null {
  for (const { bytes, what } of SIGNATURES) if (startsWith(head, bytes)) return `this is ${what}, not a CSV file`;
  if (head.length === 0) return null;
  let nul = 0;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) nul++;
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  if (nul / head.length > 0.2) {
    return 'this looks like a binary file (or UTF-16 text without a byte-order mark: try --encoding utf-16le)';
  }
  if (control / head.length > 0.05) return 'this looks like a binary file, not CSV text';
  return null;
}
