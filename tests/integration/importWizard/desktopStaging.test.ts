import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ApiResponse, BackendEvent, InspectedTable } from '../../../shared/api';
import { toApiResponse } from '../../../electron/main/ipc';
import type { CsmBridge } from '../../../renderer/api/bridge';
import { createApiClient } from '../../../renderer/api/client';
import { createIpcTransport } from '../../../renderer/api/ipcTransport';
import { ACCOUNT_CSV, useWizardBackend } from './helpers';

/** What the preload gives the page, with the main process's invoke handler standing in for IPC. */
function bridgeTo(dispatch: (method: string, input: unknown) => Promise<unknown>, pathForFile: (file: File) => string): CsmBridge {
  return {
    invoke: vi.fn((method: string, input: unknown) => toApiResponse(() => dispatch(method, input)) as Promise<ApiResponse<unknown>>),
    onEvent: (_callback: (event: BackendEvent) => void) => () => undefined,
    pathForFile,
  };
}

describe("the renderer's IPC transport stages a File by its path (desktop)", () => {
  const wizardBackend = useWizardBackend();

  it('registers the dropped file where it is, so the back-end reads it without a copy', async () => {
    const { backend, uploadsRoot } = await wizardBackend();
    const dropped = new File(['bytes the page never sends'], 'Account.csv');
    const bridge = bridgeTo((method, input) => backend.dispatchUnknown(method, input), (file) => (file === dropped ? ACCOUNT_CSV : ''));
    const client = createApiClient(createIpcTransport(bridge));

    const staged = await client.stageFile(dropped);
    expect(bridge.invoke).toHaveBeenCalledWith('files.register', { path: ACCOUNT_CSV });
    expect(staged.name).toBe('Account.csv');
    const { tables } = await client.call('imports.inspect', { fileIds: [staged.fileId] });
    expect((tables as InspectedTable[])[0]!.object).toBe('accounts');
    expect(fs.readdirSync(uploadsRoot)).toEqual([]);
  });

  it('says so, without calling the back-end, when the File has no path on disk', async () => {
    const bridge = bridgeTo(async () => {
      throw new Error('must not be called');
    }, () => '');
    const client = createApiClient(createIpcTransport(bridge));
    await expect(client.stageFile(new File(['Name\nAcme\n'], 'pasted.csv'))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/^pasted\.csv is not a file on disk/),
    });
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it('passes the back-end refusal of a path through as the error', async () => {
    const { backend, dir } = await wizardBackend();
    const notes = path.join(dir, 'notes.md');
    fs.writeFileSync(notes, '# not a table');
    const client = createApiClient(createIpcTransport(bridgeTo((method, input) => backend.dispatchUnknown(method, input), () => notes)));
    await expect(client.stageFile(new File([''], 'notes.md'))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      method: 'stageFile',
      message: 'notes.md: not a file the importer reads (.csv, .tsv, .txt, .xlsx, .xlsm, .zip)',
    });
  });
});
