import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One HTTP request through node:http, which (unlike fetch) lets a test set any Host header
 * and sends the path exactly as written, encoded slashes included.
 */
export function rawRequest(port: number, request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: { host: `127.0.0.1:${port}`, ...request.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

export function json(response: RawResponse): unknown {
  return JSON.parse(response.body) as unknown;
}

/** POST /api/<method> with the token in its header. */
export function callApi(port: number, token: string, method: string, input: unknown): Promise<RawResponse> {
  return rawRequest(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', 'x-csm-token': token },
    body: JSON.stringify(input),
  });
}

/**
 * Opens GET /api/events and resolves `next()` with each `data:` message in order. Resolves
 * `opened` once the response headers (and the first comment) have arrived.
 */
export function openEventStream(port: number, token: string) {
  const messages: string[] = [];
  const waiters: ((message: string) => void)[] = [];
  let request: http.ClientRequest | undefined;
  let ended = false;
  let endedResolve: () => void = () => undefined;
  const endedPromise = new Promise<void>((resolve) => (endedResolve = resolve));

  const opened = new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    request = http.get(
      { host: '127.0.0.1', port, path: `/api/events?token=${token}`, agent: false },
      (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.once('data', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice('data: '.length))
              .join('\n');
            if (data) {
              const waiter = waiters.shift();
              if (waiter) waiter(data);
              else messages.push(data);
            }
            end = buffer.indexOf('\n\n');
          }
        });
        // 'close' fires however the stream stops: ended by the server or destroyed here.
        res.on('close', () => {
          ended = true;
          endedResolve();
        });
        res.on('error', () => undefined);
      },
    );
    request.on('error', reject);
  });

  return {
    opened,
    next(): Promise<string> {
      const queued = messages.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise((resolve) => waiters.push(resolve));
    },
    ended: endedPromise,
    isEnded: () => ended,
    close: () => request?.destroy(),
  };
}
