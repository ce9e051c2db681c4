import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, stderrLines, type CliResult } from './run';
import { fileFingerprint, makeForeignSqlite, makeTextFile, makeTooNewWorkspace, useTempDirs } from './workspaces';

const tempDir = useTempDirs();

/** The shape every refusal must have: non-zero, nothing on stdout, one line on stderr. */
function expectOneLineFailure(result: CliResult, exitCode: number): string {
  expect(result.code).toBe(exitCode);
  expect(result.stdout).toBe('');
  const lines = stderrLines(result);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^csm: /);
  expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
  return lines[0]!;
}

describe('csm refuses bad input with one readable line', () => {
  it('a missing workspace file, without creating it', async () => {
    const file = path.join(tempDir(), 'nope', 'missing.csm');
    const line = expectOneLineFailure(await runInProcess(['accounts', '--workspace', file, '--json']), 1);
    expect(line).toBe(`csm: no workspace at ${file}`);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a text file, leaving it untouched', async () => {
    const file = makeTextFile(tempDir());
    const before = fileFingerprint(file);
    const line = expectOneLineFailure(await runInProcess(['accounts', '--workspace', file]), 1);
    expect(line).toContain(file);
    expect(line).toMatch(/not a workspace/);
    expect(fileFingerprint(file)).toBe(before);
  });

  it("another program's SQLite database", async () => {
    const file = makeForeignSqlite(tempDir());
    const line = expectOneLineFailure(await runInProcess(['accounts', '--workspace', file, '--json']), 1);
    expect(line).toContain(file);
    expect(line).toMatch(/not a CSM workspace/);
  });

  it('a workspace from a newer version of the program', async () => {
    const file = await makeTooNewWorkspace(tempDir());
    const line = expectOneLineFailure(await runInProcess(['accounts', '--workspace', file]), 1);
    expect(line).toContain(file);
    expect(line).toMatch(/newer version/);
    expect(line).toContain('9999_from_the_future');
  });

  it('--workspace without a value', async () => {
    const line = expectOneLineFailure(await runInProcess(['accounts', '--workspace']), 2);
    expect(line).toBe('csm: --workspace needs a value');
  });

  it('--workspace followed by another option instead of a value', async () => {
    const line = expectOneLineFailure(await runInProcess(['accounts', '--workspace', '--json']), 2);
    expect(line).toBe('csm: --workspace needs a value');
  });

  it('an empty --workspace value', async () => {
    const line = expectOneLineFailure(await runInProcess(['init', '--workspace', '']), 2);
    expect(line).toMatch(/--workspace needs a file path/);
  });

  it.each(['abc', '-1', '65536', '80.5'])('a bad --port %s', async (port) => {
    const dir = tempDir();
    const line = expectOneLineFailure(
      await runInProcess(['serve', '--workspace', path.join(dir, 'w.csm'), `--port=${port}`]),
      2,
    );
    expect(line).toContain('--port');
    expect(fs.existsSync(path.join(dir, 'w.csm'))).toBe(false);
  });

  it('a bad --if-missing choice', async () => {
    const line = expectOneLineFailure(await runInProcess(['serve', '--if-missing', 'maybe']), 2);
    expect(line).toBe('csm: --if-missing must be one of demo, empty, fail (got "maybe")');
  });

  it('serve --if-missing fail on a missing workspace', async () => {
    const file = path.join(tempDir(), 'absent.csm');
    const line = expectOneLineFailure(
      await runInProcess(['serve', '--workspace', file, '--if-missing', 'fail']),
      1,
    );
    expect(line).toBe(`csm: no workspace at ${file}`);
  });

  it('serve on a port that is already taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const dir = tempDir();
      const line = expectOneLineFailure(
        await runInProcess(['serve', '--workspace', path.join(dir, 'w.csm'), '--if-missing', 'empty', '--port', String(port)]),
        1,
      );
      expect(line).toBe(`csm: port ${port} is already in use on 127.0.0.1; choose another with --port`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
