import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * The dev server injects inline scripts and styles (React refresh, HMR) and talks to its
 * websocket, all of which the production CSP in index.html forbids. Relax it for `vite serve`
 * only; the built files keep the strict policy.
 */
function devCsp(): Plugin {
  return {
    name: 'csm-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://127.0.0.1:*");
    },
  };
}

export default defineConfig({
  root: rendererRoot,
  // Relative asset URLs, so the same build loads over http://127.0.0.1, a custom protocol or file://.
  base: './',
  plugins: [react(), devCsp()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
