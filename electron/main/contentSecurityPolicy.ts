/**
 * The renderer's Content-Security-Policy. Everything comes from the app's own origin
 * (app://workbench): no inline or eval'd script, no plugins, no frames, no <base>, no forms
 * posting anywhere.
 *
 * The policy text is written once, inline in the callback below, on purpose: electronegativity's
 * CSP check reads the literal at a `callback({ responseHeaders: { 'Content-Security-Policy':
 * [...] } })` call and evaluates it. contentSecurityPolicy() reads it back from the same place
 * for the app:// protocol responses.
 */

export interface HeadersReceivedDetails {
  responseHeaders?: Record<string, string[] | string>;
}
export interface HeadersReceivedResult {
  responseHeaders: Record<string, string[] | string>;
}

/** A session.webRequest.onHeadersReceived listener that adds the policy to every response. */
export function addContentSecurityPolicy(
  details: HeadersReceivedDetails,
  callback: (result: HeadersReceivedResult) => void,
): void {
  callback({
    responseHeaders: {
      ...details.responseHeaders,
      'Content-Security-Policy': [
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'",
      ],
    },
  });
}

export function contentSecurityPolicy(): string {
  let policy = '';
  addContentSecurityPolicy({}, (result) => {
    const value = result.responseHeaders['Content-Security-Policy'];
    policy = Array.isArray(value) ? value.join('; ') : (value ?? '');
  });
  return policy;
}
