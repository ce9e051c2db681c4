import type { MenuItemConstructorOptions } from 'electron';
import { SCREENS, type ScreenHash } from './screens';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  /** Shows one of the renderer's screens, by its hash route (see screens.ts). */
  showScreen(hash: ScreenHash): void;
}

export interface MenuContext {
  /** Developer tools appear in the View menu only when running from source. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

export function buildMenuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { role: 'forceReload' },
    ...(context.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Empty Workspace…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { label: 'Go', submenu: goMenu(actions) },
    { role: 'windowMenu' },
  ];
}

/**
 * One item per screen, grouped as the app is used: look at the book, bring data in, set it up.
 * The renderer's own G-then-letter chords do the same from the keyboard inside the page.
 */
function goMenu(actions: MenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: string | undefined = SCREENS[0]?.group;
  for (const screen of SCREENS) {
    if (screen.group !== group) items.push({ type: 'separator' });
    group = screen.group;
    items.push({ label: screen.label, accelerator: screen.accelerator, click: () => actions.showScreen(screen.hash) });
  }
  return items;
}
