import chardet from 'chardet';
import iconv from 'iconv-lite';
import { detectBom } from './bom';

export interface DetectedEncoding {
  /** A name iconv-lite decodes, as the detector spells it ("UTF-8", "windows-1252"). */
  encoding: string;
  /** 0–100. */
  confidence: number;
  /** Where the answer came from, for the user: "byte-order mark", "detector", "override". */
  source: 'bom' | 'detector' | 'ascii' | 'override';
}

/**
 * The encodings CRM exports really arrive in. chardet ranks many more (Shift_JIS, ISO-8859-2…)
 * and on short Western samples often puts an Asian or Central-European one first; restricting
 * its ranking to these keeps its judgement and drops the answers that never occur here.
 * Anything else can still be forced with an override.
 */
const EXPECTED = ['UTF-8', 'UTF-16LE', 'UTF-16BE', 'windows-1252', 'windows-1251', 'ISO-8859-1'];

export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  const bom = detectBom(sample);
  if (bom) return { encoding: bom.encoding, confidence: 100, source: 'bom' };
  // Pure ASCII reads the same in every candidate; UTF-8 is the one that stays right if
  // non-ASCII text appears after the sample.
  if (sample.every((byte) => byte < 0x80)) return { encoding: 'UTF-8', confidence: 100, source: 'ascii' };
  // Non-ASCII bytes that all form valid UTF-8 sequences are UTF-8: legacy single-byte text
  // almost never does, while a statistical detector can misjudge a few accented characters
  // in a short sample (a lone "€" read as Latin-1 was found by the CSV round-trip property).
  if (isValidUtf8(sample)) return { encoding: 'UTF-8', confidence: 100, source: 'detector' };
  const ranked = chardet.analyse(sample);
  const expected = ranked.find((match) => EXPECTED.includes(match.name));
  if (expected) return { encoding: expected.name, confidence: expected.confidence, source: 'detector' };
  const decodable = ranked.find((match) => iconv.encodingExists(match.name));
  if (decodable) return { encoding: decodable.name, confidence: decodable.confidence, source: 'detector' };
  return { encoding: 'UTF-8', confidence: 0, source: 'detector' };
}

/** An override the decoder knows, or null. */
export function normaliseEncodingName(name: string): string | null {
  const trimmed = name.trim();
  return trimmed !== '' && iconv.encodingExists(trimmed) ? trimmed : null;
}

/** A multi-byte character may straddle the sample's end; cut at the last line break instead. */
export function cutAtLastLineBreak(sample: Buffer, isWholeFile: boolean): Buffer {
  if (isWholeFile) return sample;
  const lastBreak = sample.lastIndexOf(0x0a);
  return lastBreak > 0 ? sample.subarray(0, lastBreak + 1) : sample;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(sample: Uint8Array): boolean {
  try {
    strictUtf8.decode(sample);
    return true;
  } catch {
    return false;
  }
}
