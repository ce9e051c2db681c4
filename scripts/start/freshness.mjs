// "Is this build output older than its sources?" by file modification times. Good enough
// for a start script: a wrong answer costs one unneeded (or one skipped, fixed by
// `npm run build`) rebuild, never wrong data.
import fs from 'node:fs';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'dist-electron', 'release']);

/** Newest mtime (ms) of the files under the given files/folders; 0 when none exist. */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (entry) => {
    let stat;
    try {
      stat = fs.statSync(entry);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) {
        if (!SKIPPED_DIRS.has(child)) visit(path.join(entry, child));
      }
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  for (const entry of paths) visit(entry);
  return newest;
}

/** True when any output file is missing or older than the newest source. */
export function isStale(outputs, sources) {
  const newestSource = newestMtime(sources);
  return outputs.some((output) => {
    try {
      return fs.statSync(output).mtimeMs < newestSource;
    } catch {
      return true;
    }
  });
}
