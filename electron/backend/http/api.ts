import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../../shared/api/errors';
import type { Backend } from '../types';
import { BodyTooLargeError, readJsonBody } from './body';
import { toApiError, type ErrorLogger } from './envelope';
import { sendApiError, sendJson } from './responses';

/** The method name from `/api/<method>`, or an AppError for a malformed one. */
function methodFromPath(pathname: string): string {
  const raw = pathname.slice('/api/'.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new AppError('BAD_INPUT', 'The method name in the address is not valid', { path: pathname });
  }
}

/** POST /api/<method>: JSON body in, ApiResponse envelope out. */
export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  backend: Backend,
  log: ErrorLogger,
  bodyLimit?: number,
): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendApiError(res, { code: 'BAD_INPUT', message: `Use POST to call ${pathname}` }, 405);
    return;
  }
  try {
    const method = methodFromPath(pathname);
    const input = await readJsonBody(req, bodyLimit);
    const result = await backend.dispatchUnknown(method, input);
    sendJson(res, 200, { ok: true, result });
  } catch (error) {
    sendCallError(res, error, log);
  }
}

/** Any failure of an /api request as the envelope, with 413 for a body over its limit. */
export function sendCallError(res: ServerResponse, error: unknown, log: ErrorLogger): void {
  if (error instanceof BodyTooLargeError) {
    // The rest of the upload is not worth reading: answer, then drop the connection.
    res.setHeader('Connection', 'close');
    sendApiError(res, error.toApiError(), 413);
    return;
  }
  sendApiError(res, toApiError(error, log));
}
