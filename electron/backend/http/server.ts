import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Backend } from '../types';
import { logToStderr, type ErrorLogger } from './envelope';
import { createGuard } from './guards';
import { createRouter } from './router';
import type { SseClients } from './sse';

/** The browser build binds here only: never reachable from another machine. */
export const LOOPBACK = '127.0.0.1';

export interface ServerOptions {
  backend: Backend;
  /** The renderer build (dist/renderer). */
  staticDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** The per-run access token; 32 random bytes (hex) when absent. */
  token?: string;
  /** Where unexpected errors are logged (stderr by default). */
  log?: ErrorLogger;
  bodyLimit?: number;
  /** The largest file POST /api/upload accepts (default 2 GB). */
  uploadLimit?: number;
  heartbeatMs?: number;
}

export interface RunningServer {
  /** http://127.0.0.1:<port> (no trailing slash, no token). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, LOOPBACK, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the localhost server of the browser build: renderer files, /api/<method>, /api/events. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('hex');
  if (token.length < 16) throw new Error('The access token must be at least 16 characters long');
  const log = options.log ?? logToStderr;
  const sseClients: SseClients = new Set();

  // The guard needs the port, which is known only once listening; requests cannot arrive before.
  const routing: { route?: ReturnType<typeof createRouter> } = {};
  const server = http.createServer((req, res) => {
    const { route } = routing;
    if (!route) {
      res.statusCode = 503;
      res.end();
      return;
    }
    route(req, res).catch((error: unknown) => {
      log('csm http: request failed:', error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else {
        res.destroy();
      }
    });
  });
  const port = await listen(server, options.port ?? 0);
  routing.route = createRouter({
    backend: options.backend,
    staticDir: path.resolve(options.staticDir),
    guard: createGuard(token, port),
    sseClients,
    log,
    bodyLimit: options.bodyLimit,
    uploadLimit: options.uploadLimit,
    heartbeatMs: options.heartbeatMs,
  });

  let closing: Promise<void> | undefined;
  return {
    url: `http://${LOOPBACK}:${port}`,
    port,
    token,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const client of sseClients) client.end();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
