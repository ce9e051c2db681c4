import fs from 'node:fs';
import { createBackend } from '../index';
import type { Workspace } from '../db/workspace';
import { openWorkspaceFile } from '../openWorkspaceFile';
import type { Backend } from '../types';
import { CliError } from './errors';

/** Runs `work` on a back-end over an existing workspace file (refusing a missing one), then closes it. */
export async function withBackend<T>(dbPath: string, work: (backend: Backend) => Promise<T>): Promise<T> {
  const backend = await createBackend({ dbPath, ifMissing: 'fail' });
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}

/**
 * Direct repo access for whole-book reads the contract does not (yet) offer, such as every
 * account with all its fields. Opens exactly as the back-end does, with the same refusals.
 */
export async function withWorkspace<T>(dbPath: string, work: (workspace: Workspace) => Promise<T>): Promise<T> {
  const workspace = await openWorkspaceFile(dbPath, 'fail', () => new Date());
  try {
    return await work(workspace);
  } finally {
    await workspace.close();
  }
}

/** init and demo never touch an existing file, whatever it holds. */
export function refuseExisting(dbPath: string): void {
  if (fs.existsSync(dbPath)) {
    throw new CliError(`${dbPath} already exists; choose another path (nothing was changed)`);
  }
}

/**
 * Creates a new workspace file of the given kind and reports how many accounts it holds.
 * A demo that fails half-way leaves no file behind (openWorkspaceFile removes it).
 */
export async function createWorkspaceFile(dbPath: string, kind: 'empty' | 'demo'): Promise<{ accountCount: number }> {
  refuseExisting(dbPath);
  const backend = await createBackend({ dbPath, ifMissing: kind });
  try {
    const info = await backend.dispatch('workspace.info', {});
    return { accountCount: info.accountCount };
  } finally {
    await backend.close();
  }
}
