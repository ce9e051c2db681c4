import { fail, ok, type ParseResult } from './result';

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 't']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'f']);

/** `true/false`, `TRUE/FALSE`, `1/0`, `Yes/No` (any case; also y/n, t/f). Empty is null: unknown, not false. */
export function parseBoolean(text: string): ParseResult<boolean | null> {
  const word = text.trim().toLowerCase();
  if (word === '') return ok(null);
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail(`"${text.trim()}" is not a yes/no value (expected true/false, yes/no or 1/0)`);
}
