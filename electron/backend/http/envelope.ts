import { AppError, type ApiError } from '../../../shared/api/errors';

export type ErrorLogger = (message: string, error: unknown) => void;

export const logToStderr: ErrorLogger = (message, error) => console.error(message, error);

/**
 * Any thrown value as the error a client may see. Back-end AppErrors pass through as they are;
 * anything else is logged here and replaced by a generic message, so no stack trace or
 * internal detail ever reaches the browser.
 */
export function toApiError(error: unknown, log: ErrorLogger): ApiError {
  if (error instanceof AppError) return error.toApiError();
  log('csm http: unexpected error while handling a request:', error);
  return { code: 'INTERNAL', message: 'Unexpected error; see the server log' };
}
