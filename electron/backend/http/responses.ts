import type { ServerResponse } from 'node:http';
import type { ApiError, ApiResponse, ErrorCode } from '../../../shared/api/errors';

/**
 * Sent on every response, static or API: the page may load only its own scripts, styles and
 * API, may not be framed, and leaks nothing through the Referer header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** The HTTP status for each error code (TEAM.md protocol). */
export function statusForError(code: ErrorCode): number {
  switch (code) {
    case 'BAD_INPUT':
      return 400;
    case 'UNKNOWN_METHOD':
    case 'NOT_FOUND':
      return 404;
    default:
      return 500;
  }
}

/** A refused request's body: the envelope shape, with a code outside the back-end's set. */
export interface ForbiddenBody {
  ok: false;
  error: { code: 'FORBIDDEN'; message: string };
}

export function sendJson(res: ServerResponse, status: number, body: ApiResponse<unknown> | ForbiddenBody): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

export function sendApiError(res: ServerResponse, error: ApiError, status = statusForError(error.code)): void {
  sendJson(res, status, { ok: false, error });
}

export function sendText(res: ServerResponse, status: number, text: string, contentType = 'text/plain; charset=utf-8'): void {
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
