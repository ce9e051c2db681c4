import fs from 'node:fs';
import path from 'node:path';
import { isZip } from './binary';
import { fileByteSource } from './byteSource';
import { openCsvSource } from './csvSource';
import { ImportReadError } from './readError';
import type { ReadOptions, TableSource } from './types';
import { openXlsxSource } from './xlsxSource';

export type FileKind = 'csv' | 'xlsx' | 'zip';

/**
 * What a file is, by its first bytes (XLSX is itself a ZIP, told apart by its extension).
 * Throws a one-line ImportReadError for a missing, unreadable or empty file.
 */
export async function sniffFileKind(filePath: string, displayName = filePath): Promise<FileKind> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(filePath);
  } catch (error) {
    throw fileError(displayName, error);
  }
  if (stat.isDirectory()) throw new ImportReadError(displayName, 'this is a folder, not a file');
  if (stat.size === 0) throw new ImportReadError(displayName, 'the file is empty');
  let head: Buffer;
  try {
    const { head: bytes } = await fileByteSource(filePath).readHead(4);
    head = bytes;
  } catch (error) {
    throw fileError(displayName, error);
  }
  const extension = path.extname(filePath).toLowerCase();
  if (isZip(head)) return extension === '.xlsx' || extension === '.xlsm' ? 'xlsx' : 'zip';
  if (extension === '.xlsx' || extension === '.xlsm') throw new ImportReadError(displayName, 'not a valid XLSX workbook');
  return 'csv';
}

/** A CSV or XLSX file as a table. A ZIP is refused here: open it with openZipExport. */
export async function openTableSource(filePath: string, options: ReadOptions = {}, displayName = filePath): Promise<TableSource> {
  const kind = await sniffFileKind(filePath, displayName);
  if (kind === 'zip') throw new ImportReadError(displayName, 'this is a ZIP archive; open it as a Data Export (openZipExport)');
  if (kind === 'xlsx') return openXlsxSource(filePath, displayName, options);
  return openCsvSource(fileByteSource(filePath, displayName), options);
}

function fileError(displayName: string, error: unknown): ImportReadError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ImportReadError(displayName, 'file not found');
  if (code === 'EACCES' || code === 'EPERM') return new ImportReadError(displayName, 'permission denied');
  return new ImportReadError(displayName, `cannot read the file (${(error as Error).message})`);
}
