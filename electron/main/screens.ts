import type { WebContents } from 'electron';

/**
 * The screens the Go menu opens, by the renderer's hash routes (renderer/routing/route.ts). The
 * accelerators avoid the standard ones (New, Open, Close, Quit, Reload, the edit keys, zoom with
 * 0/+/-, Find, Print, Hide, Minimize): Cmd/Ctrl+1..6 like the view switchers of desktop mail and
 * chat apps, and Cmd/Ctrl+, for Settings, the platform's usual key for it.
 */
export const SCREENS = [
  { label: 'Portfolio', hash: '#/portfolio', accelerator: 'CmdOrCtrl+1', group: 'book' },
  { label: 'Metrics', hash: '#/metrics', accelerator: 'CmdOrCtrl+2', group: 'book' },
  { label: 'Health Scorecards', hash: '#/scorecards', accelerator: 'CmdOrCtrl+3', group: 'book' },
  { label: 'Import Files', hash: '#/import', accelerator: 'CmdOrCtrl+4', group: 'data' },
  { label: 'Import History', hash: '#/imports', accelerator: 'CmdOrCtrl+5', group: 'data' },
  { label: 'Sync Review', hash: '#/sync', accelerator: 'CmdOrCtrl+6', group: 'data' },
  { label: 'Settings', hash: '#/settings', accelerator: 'CmdOrCtrl+,', group: 'setup' },
] as const;

export type ScreenHash = (typeof SCREENS)[number]['hash'];

export interface ScreenWindow {
  isDestroyed(): boolean;
  webContents: Pick<WebContents, 'executeJavaScript'>;
}

/**
 * Moves the page to a screen by setting its location hash, which the renderer already follows
 * (routing/useRoute.ts listens to hashchange): no reload, no new IPC channel, nothing exposed.
 * The script is a fixed assignment of a hash from SCREENS, never text from elsewhere.
 */
export function showScreen(window: ScreenWindow | null, hash: ScreenHash): void {
  if (window === null || window.isDestroyed()) return;
  window.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(hash)};`).catch((error: unknown) => {
    console.error(`Could not show ${hash}`, error);
  });
}
