import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeFor, resolveInsideRoot } from '../staticFiles';
import { sendText } from './responses';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSM Workbench: not built</title></head>
<body><h1>The browser build is not there yet</h1>
<p>The server is running, but it has no user interface to serve. Run <code>npm run build:renderer</code>,
then reload this page.</p></body></html>
`;

function fileStat(filePath: string): fs.Stats | undefined {
  try {
    const stat = fs.statSync(filePath);
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

/** Symlinks inside the build folder must not lead outside it. */
function staysInside(root: string, filePath: string): boolean {
  try {
    const relative = path.relative(fs.realpathSync(root), fs.realpathSync(filePath));
    return !relative.startsWith('..') && !path.isAbsolute(relative);
  } catch {
    return false;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, filePath: string, stat: fs.Stats): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(filePath));
  res.setHeader('Content-Length', stat.size);
  res.setHeader('Cache-Control', 'no-cache');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = fs.createReadStream(filePath);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * GET/HEAD for the renderer build. '/' is index.html; a path without an extension that names
 * no file also gets index.html, so client-side routes survive a reload.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed');
    return;
  }
  const resolved = resolveInsideRoot(root, pathname);
  if ('refused' in resolved) {
    return resolved.refused === 'traversal'
      ? sendText(res, 403, 'Refused: that path leaves the application folder')
      : sendText(res, 400, 'Bad path');
  }
  const target = resolved.file;

  const stat = fileStat(target);
  if (stat && staysInside(root, target)) return sendFile(req, res, target, stat);

  const wantsPage = pathname.endsWith('/') || path.extname(pathname) === '';
  if (!wantsPage) return sendText(res, 404, 'Not found');
  const index = path.join(root, 'index.html');
  const indexStat = fileStat(index);
  if (!indexStat) return sendText(res, 503, NOT_BUILT_PAGE, 'text/html; charset=utf-8');
  sendFile(req, res, index, indexStat);
}
