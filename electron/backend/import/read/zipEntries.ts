import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { readStreamHead, type ByteSource } from './byteSource';
import { ImportReadError } from './readError';

/** The entries of a ZIP archive on disk as byte sources (no CSV reading here: a reader thread loads this alone). */

export function openZip(filePath: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(filePath, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}

export function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** Opens one entry of an archive on its own (a reader thread's view of it); close it when done. */
export async function openZipEntrySource(zipPath: string, entryName: string, displayName: string): Promise<{ source: ByteSource; close(): void }> {
  const zip = await openZip(zipPath);
  try {
    const entry = (await listEntries(zip)).find((candidate) => candidate.fileName === entryName);
    if (!entry) throw new ImportReadError(displayName, `no entry "${entryName}" in the archive`);
    return { source: entrySource(zip, entry, displayName, zipPath), close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}

export function entrySource(zip: yauzl.ZipFile, entry: yauzl.Entry, displayName: string, zipPath: string): ByteSource {
  const open = () =>
    new Promise<Readable>((resolve, reject) => {
      zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
    });
  return {
    displayName,
    async readHead(maxBytes) {
      return readStreamHead(await open(), maxBytes);
    },
    open,
    size: async () => entry.uncompressedSize,
    address: { kind: 'zipEntry', path: zipPath, entry: entry.fileName },
  };
}
