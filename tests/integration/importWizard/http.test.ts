import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackendEvent, ImportBatch, ImportRunResult, InspectedTable, StagedFile } from '../../../shared/api';
import { startServer, type RunningServer, type ServerOptions } from '../../../electron/backend/http';
import { createApiClient } from '../../../renderer/api/client';
import { createHttpTransport } from '../../../renderer/api/httpTransport';
import { callApi, json, openEventStream } from '../http/request';
import { ACCOUNT_CSV, CONTACT_CSV, WORKSHOP_ACCOUNTS, choicesFrom, filesBelow, summaryOf, upload, useWizardBackend } from './helpers';

type Envelope<T> = { ok: true; result: T } | { ok: false; error: { code: string; message: string } };

describe('the Import wizard over HTTP (browser build: files uploaded)', () => {
  const wizardBackend = useWizardBackend();
  const servers: RunningServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  async function serve(options: Partial<ServerOptions> = {}) {
    const wizard = await wizardBackend();
    const staticDir = path.join(wizard.dir, 'static');
    fs.mkdirSync(staticDir);
    const server = await startServer({ backend: wizard.backend, staticDir, port: 0, ...options });
    servers.push(server);
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const response = await callApi(server.port, server.token, method, input);
      const body = json(response) as Envelope<T>;
      if (!body.ok) throw new Error(`${method}: ${response.status} ${body.error.code} ${body.error.message}`);
      return body.result;
    };
    return { ...wizard, server, call };
  }

  it('uploads real exports, inspects, previews, commits with progress over SSE, lists the history and undoes', async () => {
    const { server, call, uploadsRoot } = await serve();
    const bytes = fs.readFileSync(ACCOUNT_CSV);
    const response = await upload(server.port, { name: 'Account.csv', body: bytes, token: server.token });
    expect(response.status).toBe(200);
    const account = (JSON.parse(response.body) as Envelope<StagedFile> & { ok: true }).result;
    expect(account).toEqual({ fileId: expect.any(String), name: 'Account.csv', size: bytes.length });
    const stored = filesBelow(uploadsRoot);
    expect(stored).toHaveLength(1);
    expect(fs.readFileSync(stored[0]!).equals(bytes)).toBe(true);
    const contact = (JSON.parse((await upload(server.port, { name: 'C:\\exports\\Contact.csv', body: fs.readFileSync(CONTACT_CSV), token: server.token })).body) as {
      result: StagedFile;
    }).result;
    expect(contact.name).toBe('Contact.csv');

    const { tables } = await call<{ tables: InspectedTable[] }>('imports.inspect', { fileIds: [account.fileId, contact.fileId] });
    expect(tables.map((t) => t.object)).toEqual(['accounts', 'contacts']);
    const preview = await call<ImportRunResult>('imports.preview', { taskId: 'web-preview', tables: choicesFrom(tables) });
    expect(summaryOf(preview, 'accounts').new).toBe(WORKSHOP_ACCOUNTS);

    const stream = openEventStream(server.port, server.token);
    await stream.opened;
    const commit = await call<ImportRunResult>('imports.commit', { taskId: 'web-commit', tables: choicesFrom(tables) });
    expect(summaryOf(commit, 'accounts').batchId).toEqual(expect.any(Number));
    const seen: BackendEvent[] = [];
    while (!seen.some((event) => event.name === 'accounts.changed')) seen.push(JSON.parse(await stream.next()) as BackendEvent);
    stream.close();
    const progress = seen.filter((event) => event.name === 'progress').map((event) => event.payload);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => 'taskId' in p && p.taskId === 'web-commit')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: 100, total: 100 });

    const history = await call<ImportBatch[]>('imports.history', {});
    expect(history).toHaveLength(2);
    for (const batch of history) await call<ImportBatch>('imports.undo', { batchId: batch.id });
    expect((await call<{ rows: unknown[] }>('accounts.list', {})).rows).toEqual([]);
  });

  it('guards /api/upload like /api: token, Host and Origin', async () => {
    const { server, uploadsRoot } = await serve();
    const body = Buffer.from('Name\nAcme\n');
    const noToken = await upload(server.port, { name: 'a.csv', body });
    expect(noToken.status).toBe(403);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrongToken = await upload(server.port, { name: 'a.csv', body, token: 'not-the-token-0000' });
    expect(wrongToken.status).toBe(403);
    const foreignOrigin = await upload(server.port, { name: 'a.csv', body, token: server.token, headers: { origin: 'https://evil.example' } });
    expect(foreignOrigin.status).toBe(403);
    const foreignHost = await upload(server.port, { name: 'a.csv', body, token: server.token, headers: { host: `evil.example:${server.port}` } });
    expect(foreignHost.status).toBe(403);
    expect(filesBelow(uploadsRoot)).toEqual([]);
  });

  it('refuses a bad upload with a clear error and keeps nothing of it', async () => {
    const { server, uploadsRoot } = await serve({ uploadLimit: 1024 });
    const token = server.token;
    const errorOf = (response: { body: string }) => (JSON.parse(response.body) as { error: { code: string; message: string } }).error;

    const tooLarge = await upload(server.port, { name: 'big.csv', body: Buffer.alloc(4096, 'a'), token });
    expect(tooLarge.status).toBe(413);
    expect(errorOf(tooLarge)).toEqual({ code: 'BAD_INPUT', message: '"big.csv" is larger than the 1 KB limit', details: { limit: 1024 } });
    // Sent without a length: refused once the bytes pass the limit, with the partial file removed.
    const chunked = await upload(server.port, { name: 'big.csv', body: Buffer.alloc(4096, 'a'), token, headers: { 'transfer-encoding': 'chunked' } });
    expect(chunked.status).toBe(413);

    const unnamed = await upload(server.port, { body: Buffer.from('a\n1\n'), token });
    expect([unnamed.status, errorOf(unnamed).message]).toEqual([400, 'Name the uploaded file: POST /api/upload?name=<file name>']);
    const empty = await upload(server.port, { name: 'empty.csv', body: Buffer.alloc(0), token });
    expect([empty.status, errorOf(empty).message]).toEqual([400, 'empty.csv: the file is empty']);
    const get = await upload(server.port, { name: 'a.csv', body: Buffer.alloc(0), token, method: 'GET' });
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
    expect(filesBelow(uploadsRoot)).toEqual([]);
  });

  it('deletes the uploads when the workspace switches and when the back-end closes', async () => {
    const { server, call, backend, uploadsRoot, dir } = await serve();
    const staged = (JSON.parse((await upload(server.port, { name: 'Account.csv', body: fs.readFileSync(ACCOUNT_CSV), token: server.token })).body) as {
      result: StagedFile;
    }).result;
    expect(filesBelow(uploadsRoot)).toHaveLength(1);
    await call('workspace.create', { kind: 'empty', path: path.join(dir, 'second.csm') });
    expect(filesBelow(uploadsRoot)).toEqual([]);
    const gone = json(await callApi(server.port, server.token, 'imports.inspect', { fileIds: [staged.fileId] }));
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/workspace was switched/) } });

    await upload(server.port, { name: 'Account.csv', body: fs.readFileSync(ACCOUNT_CSV), token: server.token });
    expect(filesBelow(uploadsRoot)).toHaveLength(1);
    await backend.close();
    expect(fs.readdirSync(uploadsRoot)).toEqual([]);
  });

  it("the renderer's HTTP transport stages a File with one call", async () => {
    const { server, call } = await serve();
    const client = createApiClient(createHttpTransport({ token: server.token, baseUrl: `${server.url}/` }));
    const bytes = fs.readFileSync(ACCOUNT_CSV);
    const staged = await client.stageFile(new File([bytes], 'Account.csv', { type: 'text/csv' }));
    expect(staged).toEqual({ fileId: expect.any(String), name: 'Account.csv', size: bytes.length });
    const { tables } = await call<{ tables: InspectedTable[] }>('imports.inspect', { fileIds: [staged.fileId] });
    expect(tables[0]!.object).toBe('accounts');

    const refused = createApiClient(createHttpTransport({ token: 'wrong-token-000000', baseUrl: `${server.url}/` }));
    await expect(refused.stageFile(new File(['a'], 'a.csv'))).rejects.toMatchObject({ code: 'FORBIDDEN', method: 'stageFile' });
  });
});
