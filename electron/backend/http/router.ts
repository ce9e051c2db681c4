import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Backend } from '../types';
import { handleApiCall } from './api';
import type { ErrorLogger } from './envelope';
import type { Guard } from './guards';
import { sendJson, sendText, setSecurityHeaders } from './responses';
import { handleEventStream, type SseClients } from './sse';
import { serveStatic } from './static';
import { handleUpload, UPLOAD_PATH } from './upload';

export interface RouterOptions {
  backend: Backend;
  staticDir: string;
  guard: Guard;
  sseClients: SseClients;
  log: ErrorLogger;
  bodyLimit?: number;
  uploadLimit?: number;
  heartbeatMs?: number;
}

/** Every request: security headers, then the guards, then API, event stream or static file. */
export function createRouter(options: RouterOptions) {
  const { backend, staticDir, guard, sseClients, log } = options;

  return async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    // The base is only a placeholder for parsing; the real host was checked by the guard.
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
    if (isApi) res.setHeader('Cache-Control', 'no-store');

    const refusal = guard.check(req, url);
    if (refusal) {
      if (isApi) sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: refusal.message } });
      else sendText(res, 403, refusal.message);
      return;
    }
    if (guard.hasValidQueryToken(url)) res.setHeader('Set-Cookie', guard.cookieHeader());

    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') {
        res.setHeader('Allow', 'GET');
        sendJson(res, 405, { ok: false, error: { code: 'BAD_INPUT', message: 'Use GET for /api/events' } });
        return;
      }
      handleEventStream(req, res, backend.events, sseClients, options.heartbeatMs);
      return;
    }
    if (url.pathname === UPLOAD_PATH) {
      await handleUpload(req, res, url, backend, log, options.uploadLimit);
      return;
    }
    if (isApi) {
      await handleApiCall(req, res, url.pathname, backend, log, options.bodyLimit);
      return;
    }
    serveStatic(req, res, staticDir, url.pathname);
  };
}
