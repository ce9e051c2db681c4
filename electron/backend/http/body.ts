import type { IncomingMessage } from 'node:http';
import { AppError } from '../../../shared/api/errors';

export const DEFAULT_BODY_LIMIT = 50 * 1024 * 1024;

/** Thrown when a body passes the limit; the caller answers 413 and drops the connection. */
export class BodyTooLargeError extends AppError {
  constructor(limit: number, what = 'Request body') {
    super('BAD_INPUT', `${what} is larger than the ${describeSize(limit)} limit`, { limit });
  }
}

/** 2 GB, 50 MB, 1 KB: the largest unit that keeps the number whole-ish. */
export function describeSize(bytes: number): string {
  for (const [unit, size] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]] as const) {
    if (bytes >= size) return `${Math.round((bytes / size) * 10) / 10} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** The body's chunks, throwing BodyTooLargeError as soon as they pass `limit` bytes. */
export async function* limitBody(req: IncomingMessage, limit: number, what?: string): AsyncGenerator<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit, what);
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(limit, what);
    yield chunk;
  }
}

/** Reads a JSON request body; an empty body is `undefined` (dispatch treats it as `{}`). */
export async function readJsonBody(req: IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of limitBody(req, limit)) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('BAD_INPUT', `Request body is not valid JSON: ${(error as Error).message}`, {
      reason: 'json',
    });
  }
}
