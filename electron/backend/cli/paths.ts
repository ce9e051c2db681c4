import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, from this file's place in it (electron/backend/cli/). */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

/** Where `npm run build:renderer` (vite build) puts the browser UI. */
export function rendererDistDir(): string {
  return path.join(repoRoot(), 'dist', 'renderer');
}
