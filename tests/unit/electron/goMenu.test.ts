import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu';
import { SCREENS, showScreen, type ScreenWindow } from '../../../electron/main/screens';
import { parseHash } from '../../../renderer/routing/route';

// The real entry runs against the fake 'electron' module, so the last test clicks the menu as installed.
const { fake, createBackend } = await vi.hoisted(async () => {
  const helpers = await import('./fakeElectron');
  const backend = helpers.createFakeBackend();
  return { fake: helpers.createFakeElectron(), createBackend: vi.fn(async () => backend) };
});
vi.mock('electron', () => fake.module);
vi.mock('../../../electron/backend/index', () => ({ createBackend }));

type Item = MenuItemConstructorOptions;

function template(platform: NodeJS.Platform = 'linux') {
  const actions: MenuActions = { newWorkspace: vi.fn(), openWorkspace: vi.fn(), showScreen: vi.fn() };
  return { actions, menu: buildMenuTemplate(actions, { isPackaged: true, platform }) };
}

const submenuOf = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const goItems = (menu: Item[]) => submenuOf(menu.find((item) => item.label === 'Go')).filter((item) => item.type !== 'separator');

/** Every accelerator in a template, menus within menus included. */
function accelerators(items: readonly Item[]): string[] {
  return items.flatMap((item) => [...(item.accelerator ? [String(item.accelerator)] : []), ...accelerators(submenuOf(item))]);
}

/**
 * Keys the platforms and Electron's roles already use (macOS HIG, Windows and GNOME conventions):
 * New, Open, Save, Print, Close, Quit, Reload, Find, Hide, Minimize, select all and the edit
 * keys, zoom and full screen.
 */
const STANDARD = [
  'CmdOrCtrl+N', 'CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+Shift+S', 'CmdOrCtrl+P', 'CmdOrCtrl+W', 'CmdOrCtrl+Q', 'CmdOrCtrl+R',
  'CmdOrCtrl+Shift+R', 'CmdOrCtrl+F', 'CmdOrCtrl+G', 'CmdOrCtrl+H', 'CmdOrCtrl+M', 'CmdOrCtrl+A', 'CmdOrCtrl+C', 'CmdOrCtrl+V',
  'CmdOrCtrl+X', 'CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y', 'CmdOrCtrl+0', 'CmdOrCtrl+Plus', 'CmdOrCtrl+=', 'CmdOrCtrl+-',
  'CmdOrCtrl+T', 'CmdOrCtrl+I', 'CmdOrCtrl+B', 'CmdOrCtrl+U', 'F11', 'Ctrl+Cmd+F', 'Alt+F4', 'Alt+CmdOrCtrl+I', 'CmdOrCtrl+Shift+I',
];

describe('the Go menu', () => {
  it('sits between View and Window and lists every screen, grouped, in order', () => {
    const { menu } = template();
    expect(menu.map((item) => item.label ?? item.role)).toEqual(['File', 'editMenu', 'View', 'Go', 'windowMenu']);
    expect(submenuOf(menu.find((item) => item.label === 'Go')).map((item) => item.label ?? item.type)).toEqual([
      'Portfolio', 'Metrics', 'Health Scorecards', 'separator', 'Import Files', 'Import History', 'Sync Review', 'separator', 'Settings',
    ]);
    expect(template('darwin').menu.map((item) => item.label ?? item.role)).toEqual(['appMenu', 'File', 'editMenu', 'View', 'Go', 'windowMenu']);
  });

  it('shows the screen of each item by its route', () => {
    const { actions, menu } = template();
    for (const item of goItems(menu)) (item.click as () => void)();
    expect(vi.mocked(actions.showScreen).mock.calls.map(([hash]) => hash)).toEqual([
      '#/portfolio', '#/metrics', '#/scorecards', '#/import', '#/imports', '#/sync', '#/settings',
    ]);
    expect(actions.newWorkspace).not.toHaveBeenCalled();
  });

  it('goes only to screens the renderer knows, each a different one', () => {
    const routes = SCREENS.map((screen) => parseHash(screen.hash).name);
    expect(routes).toEqual(['portfolio', 'metrics', 'scorecards', 'importWizard', 'importHistory', 'syncReview', 'settings']);
  });

  it('has an accelerator on every item, none taken twice or from the standard set (Settings keeps its usual Cmd/Ctrl+,)', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const all = accelerators(template(platform).menu);
      expect(new Set(all).size, platform).toBe(all.length);
      const go = goItems(template(platform).menu);
      expect(go.every((item) => typeof item.accelerator === 'string')).toBe(true);
      const normal = (key: string) => key.toLowerCase().replace(/\s/g, '');
      const clashes = go.filter((item) => STANDARD.map(normal).includes(normal(String(item.accelerator))));
      expect(clashes.map((item) => item.label), platform).toEqual([]);
      expect(go.find((item) => item.label === 'Settings')?.accelerator).toBe('CmdOrCtrl+,');
    }
  });
});

describe('showScreen', () => {
  const windowWith = (executeJavaScript: (code: string) => Promise<unknown>, destroyed = false): ScreenWindow => ({
    isDestroyed: () => destroyed,
    webContents: { executeJavaScript } as ScreenWindow['webContents'],
  });

  it('sets the page hash, which the renderer follows without a reload', () => {
    const run = vi.fn(() => Promise.resolve());
    showScreen(windowWith(run), '#/scorecards');
    expect(run).toHaveBeenCalledWith('window.location.hash = "#/scorecards";');
  });

  it('does nothing without a live window, and logs a failed script instead of throwing', async () => {
    const run = vi.fn(() => Promise.resolve());
    showScreen(null, '#/metrics');
    showScreen(windowWith(run, true), '#/metrics');
    expect(run).not.toHaveBeenCalled();

    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    showScreen(windowWith(() => Promise.reject(new Error('page gone'))), '#/metrics');
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('Could not show #/metrics', expect.any(Error)));
    log.mockRestore();
  });
});

describe('the installed menu', () => {
  const savedDataDir = process.env.CSM_DATA_DIR;
  beforeAll(async () => {
    process.env.CSM_DATA_DIR = '/fake/csm-data';
    await (await import('../../../electron/main/index')).started;
  });
  afterAll(() => {
    if (savedDataDir === undefined) delete process.env.CSM_DATA_DIR;
    else process.env.CSM_DATA_DIR = savedDataDir;
  });

  it("moves the main window's page when a Go item is clicked", () => {
    const installed = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as Item[];
    const window = fake.windows[0]!;
    const run = vi.fn(() => Promise.resolve());
    Object.assign(window.webContents, { executeJavaScript: run });
    (goItems(installed).find((item) => item.label === 'Import History')!.click as () => void)();
    expect(run).toHaveBeenCalledWith('window.location.hash = "#/imports";');
  });
});
