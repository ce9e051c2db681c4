import type { BackendEvent } from '../../shared/api';
import type { Transport } from './client';
import { parseBackendEvent } from './events';

export interface HttpTransportOptions {
  token: string | null;
  /** Where /api lives; the page's own origin by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  createEventSource?: (url: string) => EventSource;
}

/**
 * The browser build's transport: POST /api/<method> with the JSON input and the token header;
 * events from Server-Sent Events on /api/events.
 */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const base = options.baseUrl ?? '/';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const createEventSource = options.createEventSource ?? ((url) => new EventSource(url));

  async function post(path: string, contentType: string, body: BodyInit): Promise<unknown> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (options.token) headers['x-csm-token'] = options.token;
    const response = await doFetch(`${base}${path}`, { method: 'POST', headers, body, credentials: 'same-origin' });
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not the envelope (a proxy page, an empty body): let the client report it readably.
      return { ok: false, error: { code: 'BAD_RESPONSE', message: `The server answered ${response.status} without a readable body.` } };
    }
  }

  return {
    invoke: (method, input) => post(`api/${method}`, 'application/json', JSON.stringify(input ?? {})),

    // The browser build: the file's bytes stream up as the raw body; the server keeps them.
    stageFile: (file) => post(`api/upload?name=${encodeURIComponent(file.name)}`, 'application/octet-stream', file),

    subscribe(listener: (event: BackendEvent) => void) {
      const query = options.token ? `?token=${encodeURIComponent(options.token)}` : '';
      const source = createEventSource(`${base}api/events${query}`);
      source.onmessage = (message: MessageEvent) => {
        const event = parseBackendEvent(typeof message.data === 'string' ? message.data : '');
        if (event) listener(event);
      };
      return () => source.close();
    },
  };
}
