import path from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend, type BackendOptions } from '../../electron/backend';
import { fixedClock, makeTempDir } from './tempDir';

/**
 * A real back-end on a temp workspace file, closed and deleted after the test. Each call makes
 * its own file: no database is shared between tests.
 */
export function useTempBackend() {
  const opened: { backend: Backend; cleanup: () => void }[] = [];
  afterEach(async () => {
    for (const { backend, cleanup } of opened.splice(0)) {
      await backend.close();
      cleanup();
    }
  });
  return async (options: Partial<BackendOptions> = {}) => {
    const { dir, cleanup } = makeTempDir();
    const backend = await createBackend({
      dbPath: path.join(dir, 'workspace.csm'),
      clock: fixedClock(),
      workspacesDir: path.join(dir, 'workspaces'),
      ...options,
    });
    opened.push({ backend, cleanup });
    return { backend, dir };
  };
}
