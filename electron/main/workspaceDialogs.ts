import path from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { AppError } from '../../shared/api/errors';
import type { Backend } from '../backend/types';

/**
 * File > New / Open. The dialogs run in the main process, so a workspace path never comes
 * from the renderer; the backend is then asked to switch, and its 'workspace.changed' event
 * tells the page to reload its data.
 */

export const WORKSPACE_FILE_FILTERS = [{ name: 'CSM workspace', extensions: ['csm', 'db'] }];

export type WorkspaceDialog = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showErrorBox'>;

export interface WorkspaceDialogDeps {
  dialog: WorkspaceDialog;
  backend: Pick<Backend, 'dispatch'>;
  getWindow: () => BrowserWindow | null;
}

async function reportFailure(dialog: WorkspaceDialog, title: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'An unexpected error occurred.';
    if (!(error instanceof AppError)) console.error(title, error);
    dialog.showErrorBox(title, message);
  }
}

export async function openWorkspaceWithDialog({ dialog, backend, getWindow }: WorkspaceDialogDeps): Promise<void> {
  const options: OpenDialogOptions = {
    title: 'Open workspace',
    properties: ['openFile'],
    filters: WORKSPACE_FILE_FILTERS,
  };
  const parent = getWindow();
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const file = choice.filePaths[0];
  if (choice.canceled || file === undefined) return;
  await reportFailure(dialog, 'Could not open the workspace', () => backend.dispatch('workspace.open', { path: file }));
}

export async function newWorkspaceWithDialog(
  { dialog, backend, getWindow }: WorkspaceDialogDeps,
  workspacesDir: string,
): Promise<void> {
  const options: SaveDialogOptions = {
    title: 'New empty workspace',
    defaultPath: path.join(workspacesDir, 'New workspace.csm'),
    filters: [{ name: 'CSM workspace', extensions: ['csm'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = getWindow();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  const file = choice.filePath;
  if (choice.canceled || !file) return;
  await reportFailure(dialog, 'Could not create the workspace', () =>
    backend.dispatch('workspace.create', { kind: 'empty', path: file }),
  );
}
