import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { OBJECT_NAMES, type ObjectName } from '../../../shared/domain/import/fields';
import { detectProfile, type ProfileName } from '../../../shared/domain/import/profiles';
import { hashFile, mapTable, mappingFromDetection, type MappedTable, type MappingSpec } from './mapping';
import { openTableSource, openZipExport, sniffFileKind, type TableSource } from './read';

export type ProfileChoice = 'auto' | 'salesforce' | 'hubspot' | 'generic';

export interface MapFilesOptions {
  /** A mapping file's spec; without it each table's profile is detected from its header. */
  mapping?: MappingSpec;
  profile?: ProfileChoice;
  object?: ObjectName;
  full?: boolean;
}

const PROFILE_FAMILY: Record<ProfileName, Exclude<ProfileChoice, 'auto'>> = {
  salesforce: 'salesforce',
  'salesforce-report': 'salesforce',
  hubspot: 'hubspot',
  generic: 'generic',
};

/**
 * Reads and maps every table of the given files (a ZIP export gives one per CSV inside), in
 * the order the sync needs: accounts before the contacts that link to them.
 */
export async function mapFiles(filePaths: readonly string[], options: MapFilesOptions): Promise<MappedTable[]> {
  const batches: MappedTable[] = [];
  for (const filePath of filePaths) {
    const name = path.basename(filePath);
    const fileHash = await hashFile(filePath);
    if ((await sniffFileKind(filePath, name)) === 'zip') {
      const zip = await openZipExport(filePath, name);
      try {
        for (const entry of zip.entries) {
          const table = await zip.open(entry.name);
          const spec = specFor(table, `${name}/${entry.name}`, options);
          if (spec) batches.push(await mapTable(table, spec, { file: `${name}/${entry.name}`, fileHash, full: options.full ?? false }));
        }
      } finally {
        zip.close();
      }
      continue;
    }
    const readOptions = {
      ...(options.mapping?.encoding ? { encoding: options.mapping.encoding } : {}),
      ...(options.mapping?.delimiter ? { delimiter: options.mapping.delimiter } : {}),
    };
    const table = await openTableSource(filePath, readOptions, name);
    const spec = specFor(table, name, options, true);
    if (spec) batches.push(await mapTable(table, spec, { file: name, fileHash, full: options.full ?? false }));
  }
  return batches.sort((a, b) => OBJECT_NAMES.indexOf(a.object) - OBJECT_NAMES.indexOf(b.object));
}

/**
 * The mapping for one table: the given mapping file, or the detected profile. A table that
 * holds nothing the workbench imports is skipped inside a ZIP and an error on its own.
 */
function specFor(table: TableSource, label: string, options: MapFilesOptions, standalone = false): MappingSpec | null {
  if (options.mapping) return options.mapping;
  const detection = detectProfile(table.header, table.fileName);
  const family = PROFILE_FAMILY[detection.profile];
  if (options.profile && options.profile !== 'auto' && options.profile !== family) {
    throw new AppError('BAD_INPUT', `${label}: the header does not look like a ${options.profile} export (it reads as ${detection.profile})`);
  }
  if (detection.object === null) {
    if (!standalone) return null;
    const what = detection.sourceObject ? ` (${detection.sourceObject})` : '';
    throw new AppError('BAD_INPUT', `${label}: holds nothing the workbench imports${what}; give a --mapping file to map it by hand`);
  }
  if (options.object && options.object !== detection.object) {
    throw new AppError('BAD_INPUT', `${label}: reads as ${detection.object}, not ${options.object}; give a --mapping file to map it as ${options.object}`);
  }
  return mappingFromDetection(detection);
}
