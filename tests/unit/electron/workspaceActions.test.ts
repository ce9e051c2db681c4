import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { defaultWorkspaceIn, workspaceFromArgv } from '../../../electron/main/workspaceArgs';
import { newWorkspaceWithDialog, openWorkspaceWithDialog } from '../../../electron/main/workspaceDialogs';
import { createFakeBackend, createFakeElectron } from './fakeElectron';

function deps() {
  const { dialog } = createFakeElectron();
  const backend = createFakeBackend();
  return { dialog, backend, getWindow: () => null };
}

describe('File > Open Workspace…', () => {
  it('offers .csm and .db files and opens the chosen one through the backend', async () => {
    const d = deps();
    d.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/books/acme.csm'] });
    await openWorkspaceWithDialog(d as never);
    const options = d.dialog.showOpenDialog.mock.calls[0]?.[0] as unknown as { filters: { extensions: string[] }[]; properties: string[] };
    expect(options.filters.flatMap((filter) => filter.extensions).sort()).toEqual(['csm', 'db']);
    expect(options.properties).toContain('openFile');
    expect(d.backend.dispatch).toHaveBeenCalledWith('workspace.open', { path: '/books/acme.csm' });
  });

  it('does nothing when the dialog is cancelled', async () => {
    const d = deps();
    await openWorkspaceWithDialog(d as never);
    expect(d.backend.dispatch).not.toHaveBeenCalled();
    expect(d.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('shows the backend error message when the file is not a workspace', async () => {
    const d = deps();
    d.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/tmp/notes.db'] });
    d.backend.dispatch.mockRejectedValueOnce(new AppError('NOT_A_WORKSPACE', '/tmp/notes.db is not a CSM workspace'));
    await openWorkspaceWithDialog(d as never);
    expect(d.dialog.showErrorBox).toHaveBeenCalledWith('Could not open the workspace', '/tmp/notes.db is not a CSM workspace');
  });
});

describe('File > New Empty Workspace…', () => {
  it('creates an empty workspace at the path the user chose', async () => {
    const d = deps();
    d.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/books/new.csm' });
    await newWorkspaceWithDialog(d as never, '/data/workspaces');
    const options = d.dialog.showSaveDialog.mock.calls[0]?.[0] as unknown as { defaultPath: string };
    expect(path.dirname(options.defaultPath)).toBe('/data/workspaces');
    expect(d.backend.dispatch).toHaveBeenCalledWith('workspace.create', { kind: 'empty', path: '/books/new.csm' });
  });

  it('hides unexpected error details behind a generic message', async () => {
    const d = deps();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    d.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/books/new.csm' });
    d.backend.dispatch.mockRejectedValueOnce(new Error('EACCES: permission denied, open /books/new.csm'));
    await newWorkspaceWithDialog(d as never, '/data/workspaces');
    expect(d.dialog.showErrorBox).toHaveBeenCalledWith('Could not create the workspace', 'An unexpected error occurred.');
    error.mockRestore();
  });
});

describe('the menu template', () => {
  const actions = { newWorkspace: vi.fn(), openWorkspace: vi.fn(), showScreen: vi.fn() };

  it('wires File items to the actions and ends File with Quit', () => {
    const template = buildMenuTemplate(actions, { isPackaged: true, platform: 'linux' });
    const file = template.find((item) => item.label === 'File')!;
    const items = file.submenu as { label?: string; role?: string; click?: () => void }[];
    items.find((item) => item.label === 'Open Workspace…')!.click!();
    items.find((item) => item.label === 'New Empty Workspace…')!.click!();
    expect(actions.openWorkspace).toHaveBeenCalledTimes(1);
    expect(actions.newWorkspace).toHaveBeenCalledTimes(1);
    expect(items.at(-1)?.role).toBe('quit');
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      (buildMenuTemplate(actions, { isPackaged, platform: 'linux' }).find((item) => item.label === 'View')!.submenu as { role?: string }[]).map(
        (item) => item.role,
      );
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });
});

describe('workspaceFromArgv', () => {
  it('reads --workspace PATH and --workspace=PATH relative to the working directory', () => {
    expect(workspaceFromArgv(['electron', '.', '--workspace', 'a.csm'], '/home/me')).toBe(path.resolve('/home/me/a.csm'));
    expect(workspaceFromArgv(['app', '--workspace=/abs/b.csm'], '/home/me')).toBe(path.resolve('/abs/b.csm'));
    expect(workspaceFromArgv(['electron', '.'], '/home/me')).toBeNull();
  });

  it('rejects a flag without a value with a one-line message', () => {
    expect(() => workspaceFromArgv(['app', '--workspace'], '/')).toThrow(/^--workspace needs a file path/);
    expect(() => workspaceFromArgv(['app', '--workspace', '--other'], '/')).toThrow(/--workspace needs a file path/);
    expect(() => workspaceFromArgv(['app', '--workspace='], '/')).toThrow(/--workspace needs a file path/);
  });

  it('defaults to workspace.csm in the user-data folder', () => {
    expect(defaultWorkspaceIn('/data')).toBe(path.join('/data', 'workspace.csm'));
  });
});
