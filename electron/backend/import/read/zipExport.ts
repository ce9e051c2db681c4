import path from 'node:path';
import type yauzl from 'yauzl';
import { openCsvSource } from './csvSource';
import { ImportReadError } from './readError';
import { isCoreObject, objectForEntry } from './salesforceObjects';
import { entrySource, listEntries, openZip } from './zipEntries';
import type { ReadOptions, TableSource } from './types';

export interface ZipEntryInfo {
  /** The entry's path inside the archive. */
  name: string;
  /** The Salesforce object its file name routes it to, or null. */
  object: string | null;
  /** One of the objects the workbench imports (Account, Contact, ...). */
  isCoreObject: boolean;
  uncompressedSize: number;
}

export interface ZipExport {
  fileName: string;
  /** The CSV entries, in archive order. */
  entries: ZipEntryInfo[];
  /** Entries that are not CSV files (folders excluded), listed so nothing is skipped silently. */
  skipped: string[];
  /** One entry as a table; reading its rows streams it from the archive. */
  open(entryName: string, options?: ReadOptions): Promise<TableSource>;
  close(): void;
}

/** A Salesforce weekly Data Export (or any ZIP of CSVs). Close it when done. */
export async function openZipExport(filePath: string, displayName = filePath): Promise<ZipExport> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : `not a readable ZIP archive (${(error as Error).message})`;
    throw new ImportReadError(displayName, reason);
  }
  try {
    const all = await listEntries(zip);
    const files = all.filter((entry) => !entry.fileName.endsWith('/') && !path.posix.basename(entry.fileName).startsWith('._'));
    const csv = files.filter((entry) => /\.csv$/i.test(entry.fileName) && !entry.fileName.startsWith('__MACOSX/'));
    const byName = new Map(csv.map((entry) => [entry.fileName, entry]));
    return {
      fileName: path.basename(displayName),
      entries: csv.map((entry) => {
        const object = objectForEntry(entry.fileName);
        return { name: entry.fileName, object, isCoreObject: isCoreObject(object), uncompressedSize: entry.uncompressedSize };
      }),
      skipped: files.filter((entry) => !byName.has(entry.fileName)).map((entry) => entry.fileName),
      async open(entryName, options = {}) {
        const entry = byName.get(entryName);
        if (!entry) throw new ImportReadError(displayName, `no CSV entry "${entryName}" in the archive`);
        return openCsvSource(entrySource(zip, entry, `${displayName}/${entry.fileName}`, filePath), options);
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}
