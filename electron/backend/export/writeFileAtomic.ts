import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes beside the target, flushes, then renames over it: a reader (or a crash) sees the old
 * file or the whole new one, never half of it. The temp file is removed if anything fails.
 */
export function writeFileAtomic(target: string, contents: string): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx');
    fs.writeFileSync(fd, contents, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
