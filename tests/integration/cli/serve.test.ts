import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run';
import { useTempDirs } from './workspaces';

const RUNNING_LINE = /^CSM Workbench is running at (http:\/\/127\.0\.0\.1:(\d+))\/\?token=([0-9a-f]{64})$/;

describe('csm serve (in process)', () => {
  const tempDir = useTempDirs();

  it('creates the demo workspace, serves the API with the printed token, and stops cleanly', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'served.csm');
    let stop: (signal: string) => void = () => undefined;
    const shutdown = new Promise<string>((resolve) => (stop = resolve));
    let announce: (line: string) => void = () => undefined;
    const announced = new Promise<string>((resolve) => (announce = resolve));

    const running = runInProcess(['serve', '--workspace', dbPath], {
      shutdown,
      onStdout: (text) => {
        if (text.startsWith('CSM Workbench is running')) announce(text.trimEnd());
      },
    });
    const line = await announced;
    const match = RUNNING_LINE.exec(line);
    expect(match).not.toBeNull();
    const [, base, , token] = match!;

    const response = await fetch(`${base}/api/workspace.info`, {
      method: 'POST',
      headers: { 'x-csm-token': token!, 'content-type': 'application/json' },
      body: '{}',
    });
    const body = (await response.json()) as { ok: boolean; result: { path: string; isDemo: boolean } };
    expect(body).toMatchObject({ ok: true, result: { path: dbPath, isDemo: true } });

    stop('SIGTERM');
    const result = await running;
    expect(result.code).toBe(0);
    const stdoutLines = result.stdout.trimEnd().split('\n');
    expect(stdoutLines).toEqual([line, `Workspace: ${dbPath}`]);
    await expect(fetch(`${base}/api/workspace.info`, { method: 'POST' })).rejects.toThrow();
  });
});
