/** A byte-order mark at the start of a file: the surest encoding evidence there is. */
export interface Bom {
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';
  length: number;
}

export function detectBom(head: Uint8Array): Bom | null {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'UTF-8', length: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  return null;
}

/** A decoder may leave U+FEFF at the start of the text (e.g. a BOM under an overridden encoding). */
export function stripLeadingBomChar(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
