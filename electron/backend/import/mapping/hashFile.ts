import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** sha256 of a file's bytes as hex, read as a stream so a large export is never held in memory. */
export async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
