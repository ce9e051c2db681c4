import fs from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { contentTypeFor, resolveInsideRoot } from '../backend/staticFiles';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { contentSecurityPolicy } from './contentSecurityPolicy';

/**
 * The app:// protocol: serves the built renderer (dist/renderer) and nothing else, so the page
 * has a real origin ('self' in the CSP means app://workbench) without a file:// URL or a
 * local web server.
 */

/** Must run before the app is ready: makes app:// a standard, secure origin. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    // No bypassCSP and no corsEnabled: the page gets exactly the rights of a normal https page.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Maps an app://workbench/... URL to a file inside rootDir, or null when the URL is for
 * another host, is malformed, or tries to leave rootDir (`..` segments, encoded or not,
 * encoded slashes and backslashes, NUL bytes).
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  // The shared check refuses any '..' segment outright (encoded or not), even one that would
  // stay inside the root: the renderer build never produces one, so such a request is a probe.
  const pathname = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  const resolved = resolveInsideRoot(path.resolve(rootDir), pathname);
  return 'file' in resolved && resolved.file !== path.resolve(rootDir) ? resolved.file : null;
}

type ReadFile = (file: string) => Promise<Uint8Array>;

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Builds the protocol.handle callback; readFile is a parameter so tests need no real files. */
export function createAppRequestHandler(
  rootDir: string,
  readFile: ReadFile = (file) => fs.promises.readFile(file),
): (request: Request) => Promise<Response> {
  const indexFile = path.join(path.resolve(rootDir), 'index.html');

  async function fileResponse(file: string, method: string): Promise<Response> {
    const body = await readFile(file);
    const headers = {
      'content-type': contentTypeFor(file),
      // Set here as well as by the session's header hook: webRequest hooks are not
      // guaranteed to see responses of custom protocols.
      'content-security-policy': contentSecurityPolicy(),
      'x-content-type-options': 'nosniff',
    };
    return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  }

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (file === null) return textResponse(404, 'Not found');
    try {
      return await fileResponse(file, request.method);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'ENOTDIR') return textResponse(500, 'Could not read file');
      // A client-side route (no file extension) falls back to the single page.
      if (path.extname(file) === '') {
        try {
          return await fileResponse(indexFile, request.method);
        } catch {
          return textResponse(404, 'Not found');
        }
      }
      return textResponse(404, 'Not found');
    }
  };
}

/** Installs the handler on the (default session's) protocol object. Call after app ready. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
