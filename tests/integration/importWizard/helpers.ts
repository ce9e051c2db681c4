import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterEach, expect } from 'vitest';
import type { BackendEvent, ImportRunResult, InspectedTable, ProgressEvent, TableChoice } from '../../../shared/api';
import { AppError } from '../../../shared/api/errors';
import type { Backend, BackendOptions } from '../../../electron/backend';
import { useTempBackend } from '../../helpers/backend';
import { makeTempDir } from '../../helpers/tempDir';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIXTURES = path.resolve(REPO_ROOT, '..', 'shared', 'fixtures');
export const WORKSHOP = path.join(FIXTURES, 'salesforce', 'datacloud-workshop');
export const ACCOUNT_CSV = path.join(WORKSHOP, 'Account.csv');
export const CONTACT_CSV = path.join(WORKSHOP, 'Contact.csv');
/** The real export's account count, and the contacts that link to one of them (closing.md). */
export const WORKSHOP_ACCOUNTS = 22;
export const WORKSHOP_CONTACTS = 18;

export interface WizardBackend {
  backend: Backend;
  dir: string;
  dbPath: string;
  /** Where the back-end keeps uploads (its tempDir). */
  uploadsRoot: string;
}

/** A real back-end on a temp workspace (tests/helpers/backend) with its own uploads folder. */
export function useWizardBackend() {
  const tempBackend = useTempBackend();
  const uploadFolders: (() => void)[] = [];
  afterEach(() => uploadFolders.splice(0).forEach((cleanup) => cleanup()));
  return async (options: Partial<BackendOptions> = {}): Promise<WizardBackend> => {
    const { dir: uploadsRoot, cleanup } = makeTempDir('csm-wizard-uploads-');
    uploadFolders.push(cleanup);
    const { backend, dir } = await tempBackend({ tempDir: uploadsRoot, ...options });
    return { backend, dir, dbPath: path.join(dir, 'workspace.csm'), uploadsRoot };
  };
}

/** Every event the back-end emits from now on. */
export function recordEvents(backend: Backend): BackendEvent[] {
  const events: BackendEvent[] = [];
  backend.events.subscribe((event) => events.push(event));
  return events;
}

/** True for a progress event of that task. */
export function isProgressOf(event: BackendEvent, taskId: string): boolean {
  return event.name === 'progress' && (event.payload as ProgressEvent).taskId === taskId;
}

export function progressOf(events: readonly BackendEvent[], taskId: string): ProgressEvent[] {
  return events.filter((e): e is BackendEvent<'progress'> => e.name === 'progress').map((e) => e.payload).filter((p) => p.taskId === taskId);
}

/** The AppError a call rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(AppError);
  return outcome.error as AppError;
}

/** The tables as the wizard would send them back: each with the mapping inspect proposed. */
export function choicesFrom(tables: readonly InspectedTable[]): TableChoice[] {
  return tables.map((table) => {
    expect(table.mapping, `${table.label} has a proposed mapping`).not.toBeNull();
    return { tableKey: table.tableKey, mapping: table.mapping! };
  });
}

export function summaryOf(result: ImportRunResult, object: string) {
  const found = result.tables.find((table) => table.object === object);
  expect(found, `a ${object} summary`).toBeDefined();
  return found!;
}

/** Files (not folders) anywhere below `dir`. */
export function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** POST /api/upload with raw bytes (node:http, so a test may leave out or change any header). */
export function upload(
  port: number,
  options: { name?: string; body: Buffer; token?: string; headers?: Record<string, string>; method?: string },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const query = options.name === undefined ? '' : `?name=${encodeURIComponent(options.name)}`;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: `/api/upload${query}`,
        headers: {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/octet-stream',
          ...(options.token ? { 'x-csm-token': options.token } : {}),
          ...options.headers,
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
        res.on('error', reject);
      },
    );
    // A refused upload may be answered (and the socket closed) before all of it is sent.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(options.body);
  });
}

/** A copy of a CSV with only the records (after the header) that `keep` accepts, every cell quoted. */
export function csvSubset(source: string, target: string, keep: (cells: string[], header: string[]) => boolean): string {
  const [header, ...rows] = parse(fs.readFileSync(source), { bom: true }) as string[][];
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const kept = [header!, ...rows.filter((cells) => keep(cells, header!))];
  fs.writeFileSync(target, kept.map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n');
  return target;
}
