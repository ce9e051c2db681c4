import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it lived at `file`, and returns the restricted-import messages. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('import boundaries (ARCHITECTURE.md) are enforced by lint', () => {
  it('fails when shared/ imports Node', async () => {
    expect(await boundaryErrors('shared/domain/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).not.toEqual([]);
    expect(await boundaryErrors('shared/domain/x.ts', "import path from 'path';\nexport const a = path;\n")).not.toEqual([]);
  });

  it('fails when shared/ touches the DOM or the database', async () => {
    expect(await boundaryErrors('shared/domain/x.ts', 'export const w = window.innerWidth;\n')).not.toEqual([]);
    expect(await boundaryErrors('shared/domain/x.ts', "import D from 'better-sqlite3';\nexport const d = D;\n")).not.toEqual([]);
  });

  it('fails when the renderer imports electron/ code or electron', async () => {
    expect(
      await boundaryErrors('renderer/features/x.ts', "import { createBackend } from '../../electron/backend';\nexport const c = createBackend;\n"),
    ).not.toEqual([]);
    expect(await boundaryErrors('renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).not.toEqual([]);
  });

  it('fails when anything but electron/main imports electron', async () => {
    expect(await boundaryErrors('electron/backend/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
    expect(await boundaryErrors('tests/unit/x.test.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
  });

  it('keeps the zod contract out of the renderer bundle, but allows its types', async () => {
    expect(await boundaryErrors('renderer/features/x.ts', "import { contract } from '../../shared/api';\nexport const c = contract;\n")).not.toEqual([]);
    expect(await boundaryErrors('renderer/features/x.ts', "import { Tier } from '../../shared/api/enums';\nexport const t = Tier;\n")).not.toEqual([]);
    expect(await boundaryErrors('renderer/features/x.ts', "import type { AccountRow } from '../../shared/api';\nexport type R = AccountRow;\n")).toEqual([]);
    expect(await boundaryErrors('renderer/features/x.ts', "import { TIERS } from '../../shared/api/vocabulary';\nexport const t = TIERS;\n")).toEqual([]);
  });

  it('allows electron/main to import electron and shared/ to import zod', async () => {
    expect(await boundaryErrors('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
    expect(await boundaryErrors('shared/api/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
    // A local module named like a Node built-in is not a Node import.
    expect(await boundaryErrors('renderer/api/x.ts', "import { a } from './events';\nexport const b = a;\n")).toEqual([]);
    expect(await boundaryErrors('renderer/api/x.ts', "import { EventEmitter } from 'events';\nexport const b = EventEmitter;\n")).not.toEqual([]);
  });
});
