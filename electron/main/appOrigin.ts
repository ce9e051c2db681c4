/**
 * The workbench's own origin. The renderer is served from app://workbench/ by our protocol
 * handler, so "is this our page?" is a question about this one origin and nothing else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** The IPC channels; the preload uses the same two names (a unit test keeps them in step). */
export const INVOKE_CHANNEL = 'api:invoke';
export const EVENT_CHANNEL = 'api:event';

/** True only for a well-formed URL on app://workbench. Anything unparsable is foreign. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}
