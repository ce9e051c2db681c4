import path from 'node:path';

/**
 * Serving the built renderer from a folder, shared by the browser build's HTTP server and the
 * desktop app's app:// protocol: content types, and the one path check both rely on.
 */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedPath = { file: string } | { refused: 'traversal' | 'bad' };

/**
 * The file a URL path names inside `root`, or why it is refused: 'traversal' when the path
 * tries to leave it (any '..' segment, including encoded ones such as `..%2f`), 'bad' when it
 * cannot be decoded or holds a NUL byte.
 */
export function resolveInsideRoot(root: string, pathname: string): ResolvedPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { refused: 'bad' };
  }
  if (decoded.includes('\0')) return { refused: 'bad' };
  const segments = decoded.split(/[\\/]+/);
  if (segments.some((segment) => segment === '..')) return { refused: 'traversal' };
  const file = path.resolve(root, '.' + path.posix.normalize('/' + segments.filter(Boolean).join('/')));
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { refused: 'traversal' };
  return { file };
}
