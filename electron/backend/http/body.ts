import type { IncomingMessage } from 'node:http';
import { AppError } from '../../../shared/api/errors';

export const DEFAULT_BODY_LIMIT = 50 * 1024 * 1024;

/** Thrown when a body passes the limit; the caller answers 413 and drops the connection. */
export class BodyTooLargeError extends AppError {
  constructor(limit: number) {
    super('BAD_INPUT', `Request body is larger than the ${Math.round(limit / (1024 * 1024))} MB limit`, { limit });
  }
}

/** Reads a JSON request body; an empty body is `undefined` (dispatch treats it as `{}`). */
export async function readJsonBody(req: IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks, size).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('BAD_INPUT', `Request body is not valid JSON: ${(error as Error).message}`, {
      reason: 'json',
    });
  }
}
