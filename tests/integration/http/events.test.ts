import { describe, expect, it } from 'vitest';
import { useServer } from './fixture';
import { callApi, openEventStream } from './request';

describe('GET /api/events', () => {
  const serve = useServer();

  it('forwards an event emitted by backend.events as a data message', async () => {
    const { server, backend } = await serve();
    const stream = openEventStream(server.port, server.token);
    const { status, headers } = await stream.opened;
    expect(status).toBe(200);
    expect(headers['content-type']).toMatch(/^text\/event-stream/);

    backend.events.emit('progress', { taskId: 't1', label: 'Importing', done: 3, total: 10 });
    expect(JSON.parse(await stream.next())).toEqual({
      name: 'progress',
      payload: { taskId: 't1', label: 'Importing', done: 3, total: 10 },
    });
    stream.close();
  });

  it('delivers the events a method call causes', async () => {
    const { server } = await serve();
    const stream = openEventStream(server.port, server.token);
    await stream.opened;
    const created = await callApi(server.port, server.token, 'accounts.create', { name: 'Hooli' });
    const { result } = JSON.parse(created.body) as { result: { id: number } };
    expect(JSON.parse(await stream.next())).toEqual({ name: 'accounts.changed', payload: { ids: [result.id] } });
    stream.close();
  });

  it('stops forwarding once the client has gone', async () => {
    const { server, backend } = await serve();
    let listeners = 0;
    const original = backend.events.subscribe.bind(backend.events);
    backend.events.subscribe = (listener) => {
      listeners += 1;
      const unsubscribe = original(listener);
      return () => {
        listeners -= 1;
        unsubscribe();
      };
    };
    const stream = openEventStream(server.port, server.token);
    await stream.opened;
    expect(listeners).toBe(1);
    stream.close();
    await stream.ended;
    // The server notices the closed socket on its own schedule; wait for it without a timer assertion.
    while (listeners !== 0) await new Promise((resolve) => setImmediate(resolve));
    expect(listeners).toBe(0);
  });

  it('ends open streams when the server closes', async () => {
    const { server } = await serve();
    const stream = openEventStream(server.port, server.token);
    await stream.opened;
    await server.close();
    await stream.ended;
    expect(stream.isEnded()).toBe(true);
  });
});
