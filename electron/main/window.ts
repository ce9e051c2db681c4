import type { BrowserWindow } from 'electron';
import { APP_START_URL } from './appOrigin';
import { hardenWebContents } from './security';

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (dist-electron/preload.cjs). */
  preloadPath: string;
  /** Developer tools are available only when running from source, not in a packaged app. */
  devTools: boolean;
}

export type BrowserWindowClass = new (options: Electron.BrowserWindowConstructorOptions) => BrowserWindow;

/**
 * The one window. Every security-relevant preference is spelled out (not left to defaults)
 * and written literally here so electronegativity can read it.
 */
export function createMainWindow(BrowserWindowCtor: BrowserWindowClass, options: MainWindowOptions): BrowserWindow {
  // Named BrowserWindow so electronegativity recognises the `new BrowserWindow({...})` below.
  const BrowserWindow = BrowserWindowCtor;
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'CSM Workbench',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window (denied anyway).
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
      spellcheck: true,
    },
  });
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
