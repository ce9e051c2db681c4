import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { readAppSettings, startWorkspacePath, writeAppSettings } from '../../../electron/backend/settings';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';

describe('the app remembers the chosen workspace', () => {
  it('records a workspace created in the app and starts there next time', async () => {
    const { dir, cleanup } = makeTempDir();
    const env = { CSM_DATA_DIR: dir };
    const settings = path.join(dir, 'settings.json');
    expect(startWorkspacePath(undefined, env)).toBe(path.join(dir, 'workspace.csm'));

    const backend = await createBackend({ dbPath: startWorkspacePath(undefined, env), clock: fixedClock(), settingsPath: settings });
    const chosen = path.join(dir, 'clients', 'acme.csm');
    await backend.dispatch('workspace.create', { kind: 'empty', path: chosen });
    await backend.close();

    expect(readAppSettings(settings).lastWorkspace).toBe(chosen);
    expect(startWorkspacePath(undefined, env)).toBe(chosen);
    expect(startWorkspacePath('/explicit.csm', env)).toBe('/explicit.csm');
    cleanup();
  });

  it('falls back to the default when the remembered file is gone or the settings are damaged', () => {
    const { dir, cleanup } = makeTempDir();
    const env = { CSM_DATA_DIR: dir };
    writeAppSettings(path.join(dir, 'settings.json'), { lastWorkspace: path.join(dir, 'deleted.csm') });
    expect(startWorkspacePath(undefined, env)).toBe(path.join(dir, 'workspace.csm'));
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ not json');
    expect(readAppSettings(path.join(dir, 'settings.json'))).toEqual({});
    expect(startWorkspacePath(undefined, env)).toBe(path.join(dir, 'workspace.csm'));
    cleanup();
  });
});
