import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-csm-token';
export const TOKEN_COOKIE = 'csm_token';

/** Why a request was refused, or null when it may proceed. */
export type Refusal = { reason: 'host' | 'origin' | 'token'; message: string } | null;

export interface Guard {
  /** Host and Origin checks (DNS rebinding and cross-site requests), then the token. */
  check(req: IncomingMessage, url: URL): Refusal;
  /** True when the request carried the right token in its query string (so set the cookie). */
  hasValidQueryToken(url: URL): boolean;
  cookieHeader(): string;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time comparison; hashing first makes both sides the same length. */
function tokenMatches(candidate: string | undefined, expectedDigest: Buffer): boolean {
  if (candidate === undefined || candidate === '') return false;
  return timingSafeEqual(digest(candidate), expectedDigest);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function singleHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function createGuard(token: string, port: number): Guard {
  const expected = digest(token);
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  return {
    check(req, url) {
      const host = req.headers.host?.toLowerCase();
      if (!host || !hosts.has(host)) {
        return { reason: 'host', message: `Refused: this server answers only to 127.0.0.1:${port} or localhost:${port}` };
      }
      // Browsers send Origin on cross-site fetches and on every POST; only our own page may call in.
      const origin = singleHeader(req.headers.origin);
      if (origin !== undefined && !origins.has(origin.toLowerCase())) {
        return { reason: 'origin', message: 'Refused: requests from other web pages are not allowed' };
      }
      const candidates = [
        singleHeader(req.headers[TOKEN_HEADER]),
        url.searchParams.get('token') ?? undefined,
        readCookie(req.headers.cookie, TOKEN_COOKIE),
      ];
      if (!candidates.some((candidate) => tokenMatches(candidate, expected))) {
        return {
          reason: 'token',
          message: 'Refused: missing or wrong access token; open the address that `csm serve` printed',
        };
      }
      return null;
    },
    hasValidQueryToken(url) {
      return tokenMatches(url.searchParams.get('token') ?? undefined, expected);
    },
    cookieHeader() {
      return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    },
  };
}
