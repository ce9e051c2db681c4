import { AppError } from '../../../shared/api/errors';

/** The command line was wrong (unknown command or option, bad value): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command could not do its work for a reason the user can fix: exit code 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** "No workspace at /x" reads better after "csm: " as "no workspace at /x". */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Any failure as the single stderr line the user sees; never a stack trace. */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof UsageError) return { line: `csm: ${oneLine(error.message)}`, exitCode: EXIT_USAGE };
  if (error instanceof CliError || error instanceof AppError) {
    return { line: `csm: ${lowerFirst(oneLine(error.message))}`, exitCode: EXIT_FAILURE };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    // Operating-system errors (EACCES, ENOTDIR, ...) already name the file and the reason.
    return { line: `csm: ${oneLine(error.message)}`, exitCode: EXIT_FAILURE };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: `csm: unexpected error: ${oneLine(message)}`, exitCode: EXIT_FAILURE };
}
