import { ApiCallError } from './client';

export interface ErrorDescription {
  message: string;
  code: string | null;
}

/** A readable one-liner for any error; never a stack trace. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiCallError) return { message: error.message, code: error.code };
  if (error instanceof Error && error.message) return { message: error.message, code: null };
  return { message: 'Something went wrong.', code: null };
}

function pathMentions(path: unknown, field: string): boolean {
  if (Array.isArray(path)) return path.some((part) => part === field);
  if (typeof path === 'string') return path.split('.').includes(field);
  return false;
}

/**
 * The message to show next to `field` after a failed save. A BAD_INPUT error may list
 * issues ({ issues: [{ path, message }] }) or name a { field }; when it names another field
 * only, null is returned. Any other error is shown as is, since the save touched one field.
 */
export function fieldErrorMessage(error: unknown, field: string): string | null {
  if (!(error instanceof ApiCallError)) return describeError(error).message;
  if (error.code !== 'BAD_INPUT') return error.message;
  const details = error.details ?? {};
  const issues = Array.isArray(details.issues) ? (details.issues as unknown[]) : [];
  const own = issues.filter(
    (issue): issue is { path: unknown; message: string } =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof (issue as { message?: unknown }).message === 'string' &&
      pathMentions((issue as { path?: unknown }).path, field),
  );
  if (own.length > 0) return own.map((issue) => issue.message).join('; ');
  if (typeof details.field === 'string') return details.field === field ? error.message : null;
  if (issues.length > 0) return null;
  return error.message;
}

/**
 * Like fieldErrorMessage, but only when the error names `field` specifically (an issue path or
 * details.field). For forms with several fields, where a general error belongs to the form.
 */
export function specificFieldError(error: unknown, field: string): string | null {
  if (!(error instanceof ApiCallError) || error.code !== 'BAD_INPUT') return null;
  const details = error.details ?? {};
  const issues = Array.isArray(details.issues) ? (details.issues as unknown[]) : [];
  const named = typeof details.field === 'string' || issues.length > 0;
  if (!named) return null;
  return fieldErrorMessage(error, field);
}
