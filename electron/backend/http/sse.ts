import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BackendEvent } from '../../../shared/api/dto';
import type { EventBus } from '../types';

export const HEARTBEAT_MS = 25_000;

/** Open event streams, so the server can end them when it closes. */
export type SseClients = Set<ServerResponse>;

/**
 * GET /api/events: forwards every back-end event as `data: <json>\n\n`. A comment line every
 * ~25 s keeps proxies and idle timers from dropping the stream.
 */
export function handleEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  events: EventBus,
  clients: SseClients,
  heartbeatMs = HEARTBEAT_MS,
): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  // Sent at once so the client sees the stream open before the first event.
  res.write(': connected\n\n');

  const unsubscribe = events.subscribe((event: BackendEvent) => {
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  heartbeat.unref();
  clients.add(res);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(heartbeat);
    unsubscribe();
    clients.delete(res);
  };
  req.on('close', stop);
  res.on('close', stop);
}
