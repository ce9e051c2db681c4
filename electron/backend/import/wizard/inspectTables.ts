import { AppError } from '../../../../shared/api/errors';
import type { InspectedColumn, InspectedTable, SavedMapping } from '../../../../shared/api/importDto';
import { mappingSpecSchema, toMappingSpec, type MappingSpec } from '../../../../shared/api/mappingSpec';
import { detectProfile } from '../../../../shared/domain/import/profiles';
import { mappingFromDetection } from '../mapping';
import { planColumns } from '../mapping/columnPlan';
import { openTableSource, openZipExport, sniffFileKind, type ReadOptions, type TableSource } from '../read';
import type { StagedEntry } from './stagedFiles';
import { listXlsxSheets } from './xlsxSheets';

/** How many rows the samples come from, and so at most how many samples a column shows. */
export const SAMPLE_ROWS = 20;

export const NO_OBJECT_WARNING =
  'No workbench object recognised in this header: choose what the table holds and map its columns';

export interface InspectOptions {
  /** The saved mapping profiles for a header set, most recent first (repos/mappingProfiles). */
  savedMappingsFor(header: readonly string[]): SavedMapping[];
  /** Read overrides by tableKey, or by fileId for every table of a file. */
  read?: Readonly<Record<string, ReadOptions>>;
}

interface TablePlace {
  tableKey: string;
  fileId: string;
  label: string;
  sheets: string[];
}

/** The tables of one staged file (a ZIP export gives one per CSV inside), each with its proposed mapping. */
export async function inspectStagedFile(file: StagedEntry, options: InspectOptions): Promise<InspectedTable[]> {
  const readFor = (tableKey: string): ReadOptions => options.read?.[tableKey] ?? options.read?.[file.fileId] ?? {};
  const kind = await sniffFileKind(file.path, file.name);
  if (kind !== 'zip') {
    const source = await openTableSource(file.path, readFor(file.fileId), file.name);
    const sheets = kind === 'xlsx' ? await listXlsxSheets(file.path) : [];
    return [await describeTable(source, { tableKey: file.fileId, fileId: file.fileId, label: file.name, sheets }, options)];
  }
  const zip = await openZipExport(file.path, file.name);
  try {
    if (zip.entries.length === 0) throw new AppError('BAD_INPUT', `${file.name}: the ZIP archive holds no CSV file`);
    const tables: InspectedTable[] = [];
    for (const entry of zip.entries) {
      const place = { tableKey: `${file.fileId}/${entry.name}`, fileId: file.fileId, label: `${file.name}/${entry.name}`, sheets: [] };
      try {
        tables.push(await describeTable(await zip.open(entry.name, readFor(place.tableKey)), place, options));
      } catch (error) {
        // One unreadable CSV must not hide the rest of a weekly export: it is listed, with why.
        if (!(error instanceof AppError)) throw error;
        tables.push(unreadableTable(place, error.message));
      }
    }
    if (zip.skipped.length > 0) tables[0]!.warnings.push(`not imported (not CSV): ${zip.skipped.join(', ')}`);
    return tables;
  } finally {
    zip.close();
  }
}

async function describeTable(source: TableSource, place: TablePlace, options: InspectOptions): Promise<InspectedTable> {
  const samples = await sampleColumns(source);
  const detection = detectProfile(source.header, source.fileName);
  const warnings: string[] = [];
  const saved = usableSavedMapping(options.savedMappingsFor(source.header), warnings);
  const mapping: MappingSpec | null = saved?.mapping ?? (detection.object !== null ? mappingFromDetection(detection) : null);
  const plan = mapping ? planColumns(source.header, mapping) : null;
  const columns: InspectedColumn[] = source.header.map((header, index) => {
    const field = plan?.columns[index]?.field ?? null;
    return { index, header, samples: samples[index] ?? [], field: field?.name ?? null, type: field?.type ?? null };
  });
  if (mapping === null) warnings.push(NO_OBJECT_WARNING);
  return {
    ...place,
    encoding: source.format === 'csv' ? source.encoding : null,
    delimiter: source.delimiter,
    sheet: source.sheetName,
    profile: detection.profile,
    object: mapping?.object ?? null,
    sourceObject: detection.sourceObject,
    header: source.header,
    columns,
    mapping,
    savedMapping: saved?.name ?? null,
    // The reader's warnings are read after the sample rows: those rows add to them.
    warnings: [...source.warnings, ...(plan?.warnings ?? []), ...warnings],
  };
}

/** The first non-empty values of each column over the first SAMPLE_ROWS rows. */
async function sampleColumns(source: TableSource): Promise<string[][]> {
  const samples: string[][] = source.header.map(() => []);
  let rows = 0;
  for await (const row of source.rows()) {
    row.cells.forEach((cell, index) => {
      if (cell.trim() !== '') samples[index]?.push(cell);
    });
    if (++rows >= SAMPLE_ROWS) break;
  }
  return samples;
}

/** The most recent saved profile that still validates (field names can change between versions). */
function usableSavedMapping(candidates: readonly SavedMapping[], warnings: string[]): SavedMapping | null {
  for (const candidate of candidates) {
    const parsed = mappingSpecSchema.safeParse(candidate.mapping);
    if (parsed.success) return { ...candidate, mapping: toMappingSpec(parsed.data) };
    warnings.push(`saved mapping "${candidate.name}" no longer fits (${parsed.error.issues[0]?.message ?? 'invalid'}); not proposed`);
  }
  return null;
}

function unreadableTable(place: TablePlace, reason: string): InspectedTable {
  return {
    ...place,
    encoding: null,
    delimiter: null,
    sheet: null,
    profile: 'generic',
    object: null,
    sourceObject: null,
    header: [],
    columns: [],
    mapping: null,
    savedMapping: null,
    warnings: [reason],
  };
}
