import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temp folder per call; remove it with the returned cleanup. */
export function makeTempDir(prefix = 'csm-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A fixed clock, so timestamps in tests are stable. */
export function fixedClock(iso = '2026-11-23T09:00:00.000Z'): () => Date {
  return () => new Date(iso);
}
