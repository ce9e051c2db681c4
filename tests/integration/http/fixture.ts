import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../../../electron/backend/http';
import type { Backend } from '../../../electron/backend/types';
import { useTempBackend } from '../../helpers/backend';

export const INDEX_HTML = '<!doctype html><title>CSM test page</title><script type="module" src="/assets/app.js"></script>';
export const APP_JS = 'console.log("app");';
export const SECRET = 'top secret, outside the static folder';

/**
 * A real back-end on a temp workspace behind a real server on a random port, with a small
 * renderer build in <dir>/static and a file beside it that must never be served.
 */
export function useServer() {
  const tempBackend = useTempBackend();
  const running: RunningServer[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close();
  });

  return async ({
    withIndex = true,
    wrap,
    ...serverOptions
  }: { withIndex?: boolean; wrap?: (backend: Backend) => Backend } & Partial<ServerOptions> = {}) => {
    const { backend, dir } = await tempBackend();
    const staticDir = path.join(dir, 'static');
    fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    if (withIndex) fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
    fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), APP_JS);
    fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
    const served = wrap ? wrap(backend) : backend;
    const server = await startServer({ backend: served, staticDir, port: 0, ...serverOptions });
    running.push(server);
    return { server, backend, dir, staticDir };
  };
}
