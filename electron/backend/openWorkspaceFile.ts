import fs from 'node:fs';
import { openWorkspace, type Workspace } from './db/workspace';
import { generateDemoWorkspace } from './demo';
import { backfillHealthHistory } from './health/refresh';
import type { Clock } from './types';

export type IfMissing = 'empty' | 'demo' | 'fail';

/**
 * Opens a workspace file, creating it (empty or filled with the demo book and its health
 * history) when it does not exist. A demo that fails half-way leaves no file behind, so the next start tries again.
 */
export async function openWorkspaceFile(filePath: string, ifMissing: IfMissing, clock: Clock): Promise<Workspace> {
  const isNew = filePath !== ':memory:' && !fs.existsSync(filePath);
  const workspace = await openWorkspace(filePath, { ifMissing: ifMissing === 'fail' ? 'fail' : 'create', clock });
  if (isNew && ifMissing === 'demo') {
    try {
      const now = clock();
      generateDemoWorkspace(workspace.sqlite, { now });
      backfillHealthHistory(workspace, now);
    } catch (error) {
      await workspace.close();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(workspace.path + suffix, { force: true });
      throw error;
    }
  }
  return workspace;
}
