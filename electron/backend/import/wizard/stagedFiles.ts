import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../../shared/api/errors';
import type { StagedFile } from '../../../../shared/api/importDto';

/** A staged file as the back-end knows it: where its bytes are, and whether they are ours to delete. */
export interface StagedEntry extends StagedFile {
  path: string;
  /** An upload copied into our temp folder (deleted with the registry), not the user's own file. */
  temporary: boolean;
}

/**
 * What files.register accepts: the kinds the readers handle. A path comes from the page, so
 * this keeps it to tables rather than any file the user can read (workspaces, keys, ...).
 */
export const REGISTERABLE_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx', '.xlsm', '.zip'] as const;

const MAX_NAME_LENGTH = 255;

/**
 * The files of the Import wizard, each named by a fileId once it reached the back-end: an
 * upload (browser build) copied into a temp folder, or a file the desktop user picked or
 * dropped, registered where it is. Owned by one running back-end: clear() forgets them all and
 * deletes the uploads (on close and on a workspace switch).
 */
export class StagedFiles {
  private readonly files = new Map<string, StagedEntry>();
  private uploadDir: string | null = null;

  /** @param tempRoot where the upload folder is made (default: the OS temp folder). */
  constructor(private readonly tempRoot: string = os.tmpdir()) {}

  /** Registers a file on disk where it is; nothing is copied. */
  register(filePath: string): StagedFile {
    if (!path.isAbsolute(filePath)) throw new AppError('BAD_INPUT', `files.register needs an absolute path, not "${filePath}"`);
    const name = path.basename(filePath);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(filePath);
      fs.accessSync(filePath, fs.constants.R_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new AppError('NOT_FOUND', `No file at ${filePath}`, { path: filePath });
      throw new AppError('BAD_INPUT', `${filePath}: cannot be read (${code ?? 'unknown error'})`, { path: filePath });
    }
    if (!stat.isFile()) throw new AppError('BAD_INPUT', `${filePath} is not a file`, { path: filePath });
    const extension = path.extname(name).toLowerCase();
    if (!(REGISTERABLE_EXTENSIONS as readonly string[]).includes(extension)) {
      throw new AppError('BAD_INPUT', `${name}: not a file the importer reads (${REGISTERABLE_EXTENSIONS.join(', ')})`, {
        path: filePath,
      });
    }
    return this.add({ fileId: randomUUID(), name, size: stat.size, path: filePath, temporary: false });
  }

  /**
   * Streams an upload into the temp folder under a fresh fileId. The caller bounds the size
   * (it throws from `body` when it is passed); a failed or interrupted upload leaves nothing.
   */
  async upload(rawName: string, body: AsyncIterable<Uint8Array>): Promise<StagedFile> {
    const name = uploadName(rawName);
    const fileId = randomUUID();
    // The extension stays: the readers tell an XLSX workbook from a ZIP export by it.
    const extension = /^\.[a-z0-9]{1,10}$/.test(path.extname(name).toLowerCase()) ? path.extname(name).toLowerCase() : '';
    const target = path.join(this.ensureUploadDir(), fileId + extension);
    let size = 0;
    const out = fs.createWriteStream(target, { flags: 'wx', mode: 0o600 });
    try {
      await pipeline(
        body,
        async function* count(chunks: AsyncIterable<Uint8Array>) {
          for await (const chunk of chunks) {
            size += chunk.length;
            yield chunk;
          }
        },
        out,
      );
    } catch (error) {
      // The file is opened asynchronously: removed before it closes, a late open would leave it behind.
      if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
      fs.rmSync(target, { force: true });
      throw uploadError(name, error);
    }
    if (size === 0) {
      fs.rmSync(target, { force: true });
      throw new AppError('BAD_INPUT', `${name}: the file is empty`);
    }
    return this.add({ fileId, name, size, path: target, temporary: true });
  }

  /** The staged file, or a NOT_FOUND that says what to do. */
  get(fileId: string): StagedEntry {
    const entry = this.files.get(fileId);
    if (!entry) {
      throw new AppError(
        'NOT_FOUND',
        `Unknown file "${fileId}": it was not added in this session, or the workspace was switched since; add the file again`,
        { fileId },
      );
    }
    return entry;
  }

  /** Forgets every staged file and deletes the uploads. */
  clear(): void {
    this.files.clear();
    if (this.uploadDir !== null) fs.rmSync(this.uploadDir, { recursive: true, force: true });
    this.uploadDir = null;
  }

  private add(entry: StagedEntry): StagedFile {
    this.files.set(entry.fileId, entry);
    return { fileId: entry.fileId, name: entry.name, size: entry.size };
  }

  private ensureUploadDir(): string {
    this.uploadDir ??= fs.mkdtempSync(path.join(this.tempRoot, 'csm-uploads-'));
    return this.uploadDir;
  }
}

/** The name the user knows the upload by: its last path part, without control characters. */
function uploadName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const name = (raw.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (name === '' || name === '.' || name === '..') {
    throw new AppError('BAD_INPUT', 'Name the uploaded file: POST /api/upload?name=<file name>');
  }
  if (name.length > MAX_NAME_LENGTH) throw new AppError('BAD_INPUT', `The file name is longer than ${MAX_NAME_LENGTH} characters`);
  return name;
}

function uploadError(name: string, error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return new AppError('INTERNAL', `${name}: no space left on the disk for the upload; free some and try again`);
  if (code === 'ECONNRESET' || (error as Error).message === 'aborted') {
    return new AppError('BAD_INPUT', `${name}: the upload stopped before the end (the connection closed); nothing was kept`);
  }
  return error;
}
