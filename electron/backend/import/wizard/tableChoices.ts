import { AppError } from '../../../../shared/api/errors';
import type { SavedMapping, TableChoice } from '../../../../shared/api/importDto';
import { OBJECT_NAMES } from '../../../../shared/domain/import/fields';
import { openZipExport, sniffFileKind, type FileKind } from '../read';
import type { TableToImport } from '../run';
import type { StagedEntry, StagedFiles } from './stagedFiles';

/** A tableKey is the fileId, plus "/<entry>" for a table inside a ZIP export (fileIds hold no "/"). */
export function splitTableKey(tableKey: string): { fileId: string; entry: string | undefined } {
  const slash = tableKey.indexOf('/');
  return slash < 0 ? { fileId: tableKey, entry: undefined } : { fileId: tableKey.slice(0, slash), entry: tableKey.slice(slash + 1) };
}

/**
 * The user's choices as tables for runImport, checked before anything runs: every tableKey
 * names a staged file (and a CSV inside it for a ZIP), none twice. Ordered as the sync needs
 * them, accounts before the contacts and subscriptions that link to them.
 */
export async function tablesToImport(
  choices: readonly TableChoice[],
  files: StagedFiles,
  savedMappings: readonly SavedMapping[],
): Promise<TableToImport[]> {
  const seen = new Set<string>();
  const kinds = new Map<string, Promise<FileKind>>();
  const zipEntries = new Map<string, Promise<string[]>>();
  const tables: TableToImport[] = [];
  for (const choice of choices) {
    if (seen.has(choice.tableKey)) throw new AppError('BAD_INPUT', `Table "${choice.tableKey}" is chosen twice`, { tableKey: choice.tableKey });
    seen.add(choice.tableKey);
    const { fileId, entry } = splitTableKey(choice.tableKey);
    const file = files.get(fileId);
    if (!kinds.has(fileId)) kinds.set(fileId, sniffFileKind(file.path, file.name));
    const kind = await kinds.get(fileId)!;
    if (kind === 'zip') {
      if (!zipEntries.has(fileId)) zipEntries.set(fileId, entryNames(file));
      await checkEntry(file, entry, await zipEntries.get(fileId)!);
    } else if (entry !== undefined) {
      throw new AppError('BAD_INPUT', `${file.name} is not a ZIP export: its table is "${fileId}", not "${choice.tableKey}"`, {
        tableKey: choice.tableKey,
      });
    }
    if (choice.sheet !== undefined && kind !== 'xlsx') {
      throw new AppError('BAD_INPUT', `${file.name}: a sheet can be chosen in XLSX workbooks only`, { tableKey: choice.tableKey });
    }
    const mappingName = savedMappings.find((saved) => sameJson(saved.mapping, choice.mapping))?.name;
    tables.push({
      path: file.path,
      fileName: file.name,
      spec: choice.mapping,
      ...(entry !== undefined ? { entry } : {}),
      ...(choice.sheet !== undefined ? { sheet: choice.sheet } : {}),
      ...(mappingName !== undefined ? { mappingName } : {}),
    });
  }
  return tables.sort((a, b) => OBJECT_NAMES.indexOf(a.spec.object) - OBJECT_NAMES.indexOf(b.spec.object));
}

async function entryNames(file: StagedEntry): Promise<string[]> {
  const zip = await openZipExport(file.path, file.name);
  try {
    return zip.entries.map((entry) => entry.name);
  } finally {
    zip.close();
  }
}

async function checkEntry(file: StagedEntry, entry: string | undefined, names: readonly string[]): Promise<void> {
  if (entry === undefined) {
    throw new AppError('BAD_INPUT', `${file.name} is a ZIP export: choose its tables ("${file.fileId}/<entry>"), not the whole file`, {
      fileId: file.fileId,
    });
  }
  if (!names.includes(entry)) {
    throw new AppError('NOT_FOUND', `${file.name} holds no table "${entry}"`, { fileId: file.fileId, entry });
  }
}

/** Equal as data, whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
