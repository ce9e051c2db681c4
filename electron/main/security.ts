import type { Session, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';
import { addContentSecurityPolicy } from './contentSecurityPolicy';

/**
 * Session-wide and per-page hardening. The page is our own code, but it renders text that came
 * from CRM exports, so we treat it as if it could be tricked: it may not load remote content,
 * navigate away, open windows, or get device permissions.
 */

/** The only permission granted: writing plain text to the clipboard ("copy email"). */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Requests to these are cancelled before they leave the machine: the app is offline-first. */
export const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export type SecurableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived' | 'onBeforeRequest'>;
};

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

export function applySessionSecurity(session: SecurableSession): void {
  session.webRequest.onHeadersReceived(addContentSecurityPolicy);
  session.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (_details, callback) => {
    callback({ cancel: true });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    callback(isPermissionAllowed(permission));
  });
  session.setPermissionCheckHandler((_webContents, permission) => isPermissionAllowed(permission));
}

export type HardenableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

interface NavigationDetails {
  url: string;
  preventDefault(): void;
}

const hardened = new WeakSet<HardenableWebContents>();

/**
 * Applied to the main window and to every other web contents the app creates (app
 * 'web-contents-created'). Idempotent, so both paths may reach the same contents.
 */
export function hardenWebContents(contents: HardenableWebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const stayOnAppOrigin = (details: NavigationDetails): void => {
    if (!isAppUrl(details.url)) details.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  // Links with target=_blank and window.open(): never a new Electron window. External links
  // are not opened in the system browser either; the workbench has no need for it yet.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
