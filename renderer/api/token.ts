/** The per-run token of the browser build: read from `?token=` once, then kept for the tab. */
export const TOKEN_STORAGE_KEY = 'csm_token';

type TokenStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface TokenResult {
  token: string | null;
  /** The page URL without the token, to put back with history.replaceState; null if unchanged. */
  cleanedUrl: string | null;
}

/**
 * Takes the token from the URL (and remembers it in `storage`) or, after a reload where the
 * URL no longer has it, from `storage`. The URL is cleaned so the token does not linger in
 * the address bar, history or screenshots.
 */
export function resolveToken(href: string, storage: TokenStorage | null): TokenResult {
  const url = new URL(href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      storage?.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the in-memory copy and the server's cookie still work.
    }
    url.searchParams.delete('token');
    return { token: fromUrl, cleanedUrl: url.pathname + url.search + url.hash };
  }
  let stored: string | null = null;
  try {
    stored = storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  return { token: stored, cleanedUrl: null };
}

let cached: string | null | undefined;

/** The browser's token, resolved once per page load. */
export function pageToken(): string | null {
  if (cached === undefined) {
    let storage: Storage | null = null;
    try {
      storage = window.sessionStorage;
    } catch {
      storage = null;
    }
    const { token, cleanedUrl } = resolveToken(window.location.href, storage);
    if (cleanedUrl !== null) window.history.replaceState(window.history.state, '', cleanedUrl);
    cached = token;
  }
  return cached;
}
