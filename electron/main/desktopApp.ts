import path from 'node:path';
import type * as Electron from 'electron';
import { AppError } from '../../shared/api/errors';
import type { Backend, BackendOptions } from '../backend/types';
import { userDataDir, workspacesDir } from '../backend/paths';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { forwardBackendEvents, registerApiHandler } from './ipc';
import { buildMenuTemplate } from './menu';
import { showScreen } from './screens';
import { applySessionSecurity, hardenWebContents } from './security';
import { createMainWindow } from './window';
import { newWorkspaceWithDialog, openWorkspaceWithDialog } from './workspaceDialogs';
import { defaultWorkspaceIn, workspaceFromArgv } from './workspaceArgs';

/** The parts of the 'electron' module the shell uses; index.ts passes the real module. */
export type ElectronModule = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'protocol' | 'session'
>;

export interface DesktopAppDeps {
  electron: ElectronModule;
  createBackend: (options: BackendOptions) => Promise<Backend>;
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

function describe(error: unknown): string {
  return error instanceof AppError ? error.message : 'An unexpected error occurred.';
}

/**
 * Boots the desktop shell: security first (scheme, session, every web contents), then the
 * backend on the chosen workspace, then IPC, menu and the window.
 * Resolves with the backend once the window is up, or null when this instance should not run.
 */
export async function runDesktopApp(deps: DesktopAppDeps): Promise<Backend | null> {
  const { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } = deps.electron;

  // The same user-data folder as the CLI and the browser build, so all three agree on the
  // default workspace. Set before the single-instance lock, which is keyed on this folder.
  app.setPath('userData', userDataDir(deps.env));
  registerAppScheme(protocol);

  let workspacePath: string;
  try {
    workspacePath = workspaceFromArgv(deps.argv, deps.cwd) ?? defaultWorkspaceIn(app.getPath('userData'));
  } catch (error) {
    console.error((error as Error).message);
    app.exit(2);
    return null;
  }

  if (!app.requestSingleInstanceLock()) {
    // Another window is already open; it is told about our arguments via 'second-instance'.
    app.quit();
    return null;
  }

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  await app.whenReady();

  applySessionSecurity(session.defaultSession);
  const appRoot = app.getAppPath();
  serveAppProtocol(protocol, path.join(appRoot, 'dist', 'renderer'));

  let backend: Backend;
  try {
    backend = await deps.createBackend({
      dbPath: workspacePath,
      ifMissing: 'demo',
      workspacesDir: workspacesDir(deps.env),
      // Bundled beside main.cjs by scripts/build-electron.mjs (not verified in a packaged app here).
      importWorkerPath: path.join(appRoot, 'dist-electron', 'importWorker.cjs'),
    });
  } catch (error) {
    if (!(error instanceof AppError)) console.error('Could not open the workspace', error);
    dialog.showErrorBox('Could not open the workspace', `${workspacePath}\n\n${describe(error)}`);
    app.exit(1);
    return null;
  }

  let mainWindow: Electron.BrowserWindow | null = null;
  const getWindow = (): Electron.BrowserWindow | null => mainWindow;
  const openWindow = (): void => {
    mainWindow = createMainWindow(BrowserWindow, {
      preloadPath: path.join(appRoot, 'dist-electron', 'preload.cjs'),
      devTools: !app.isPackaged,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  registerApiHandler(ipcMain, backend);
  const stopForwarding = forwardBackendEvents(backend, getWindow);

  const dialogDeps = { dialog, backend, getWindow };
  const template = buildMenuTemplate(
    {
      newWorkspace: () => void newWorkspaceWithDialog(dialogDeps, workspacesDir(deps.env)),
      openWorkspace: () => void openWorkspaceWithDialog(dialogDeps),
      showScreen: (hash) => showScreen(getWindow(), hash),
    },
    { isPackaged: app.isPackaged, platform: deps.platform },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  app.on('second-instance', (_event, argv, cwd) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    let requested: string | null = null;
    try {
      requested = workspaceFromArgv(argv, cwd);
    } catch (error) {
      dialog.showErrorBox('Could not open the workspace', (error as Error).message);
    }
    if (requested !== null) {
      const file = requested;
      backend.dispatch('workspace.open', { path: file }).catch((error: unknown) => {
        dialog.showErrorBox('Could not open the workspace', `${file}\n\n${describe(error)}`);
      });
    }
  });
  app.on('activate', () => {
    if (mainWindow === null) openWindow();
  });
  app.on('window-all-closed', () => {
    if (deps.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    stopForwarding();
    backend.close();
  });

  openWindow();
  return backend;
}
