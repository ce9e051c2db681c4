import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { BackendEvent } from '../../../shared/api';
import type { Backend } from '../../../electron/backend/types';

/**
 * A stand-in for the 'electron' module (the binary cannot be installed here). It records what
 * the shell does with it: window options, IPC registrations, protocol and session hooks,
 * web-contents handlers, menu template. Tests drive the recorded handlers directly.
 */

// Handlers are stored untyped: tests call them the way Electron would, with plain values.
type Handler = (...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response>;
type WindowOpenHandler = (details: { url: string }) => unknown;
export type WindowOptions = { webPreferences: Record<string, unknown> } & Record<string, unknown>;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  sent: unknown[][] = [];
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  /** Emits a navigation-style event and tells whether some listener prevented it. */
  attempt(eventName: string, url: string): boolean {
    let prevented = false;
    const details = { url, preventDefault: () => (prevented = true) };
    this.emit(eventName, details, url);
    return prevented;
  }
}

export function createFakeElectron(options: { isPackaged?: boolean; singleInstance?: boolean } = {}) {
  const paths = new Map<string, string>([['userData', '/fake/default-user-data']]);
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    setPath: vi.fn((name: string, value: string) => void paths.set(name, value)),
    getPath: vi.fn((name: string) => paths.get(name) ?? `/fake/${name}`),
    getAppPath: vi.fn(() => '/fake/app'),
    requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
  });

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    readonly options: WindowOptions;
    readonly webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    shown = false;
    constructor(windowOptions: WindowOptions) {
      super();
      this.options = windowOptions;
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
    }
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
  }

  const ipcHandlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => void ipcHandlers.set(channel, handler)),
    on: vi.fn(),
  };

  const protocolHandlers = new Map<string, ProtocolHandler>();
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: ProtocolHandler) => void protocolHandlers.set(scheme, handler)),
  };

  const defaultSession = {
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };

  const Menu = {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  };
  const dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showErrorBox: vi.fn(),
  };
  const contextBridge = { exposeInMainWorld: vi.fn() };
  const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, result: null })) });
  const webUtils = { getPathForFile: vi.fn((_file: unknown): string => '') };

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    protocol,
    session: { defaultSession },
    Menu,
    dialog,
    contextBridge,
    ipcRenderer,
    webUtils,
  };
  return { module, app, windows, ipcHandlers, protocolHandlers, defaultSession, Menu, dialog, contextBridge, ipcRenderer, webUtils, protocol, ipcMain };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** A backend double: the shell is under test here, not the backend. */
export function createFakeBackend() {
  const listeners = new Set<(event: BackendEvent) => void>();
  const backend = {
    dispatch: vi.fn(async (_method: string, _input: unknown): Promise<unknown> => ({})),
    dispatchUnknown: vi.fn(async (_method: string, _input: unknown): Promise<unknown> => ({})),
    events: {
      emit: (name: string, payload: unknown) => {
        for (const listener of listeners) listener({ name, payload } as BackendEvent);
      },
      subscribe: (listener: (event: BackendEvent) => void) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    },
    close: vi.fn(),
    listenerCount: () => listeners.size,
  };
  return backend as typeof backend & Backend;
}

/** A sender as ipcMain passes it: only senderFrame.url matters to the shell. */
export function senderAt(url: string | null) {
  return { senderFrame: url === null ? null : { url } };
}
