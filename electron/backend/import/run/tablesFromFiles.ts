import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
import { OBJECT_NAMES, type ObjectName } from '../../../../shared/domain/import/fields';
import { detectProfile, type ProfileName } from '../../../../shared/domain/import/profiles';
import { mappingFromDetection, type MappingSpec } from '../mapping';
import { openTableSource, openZipExport, sniffFileKind } from '../read';
import type { TableToImport } from './types';

export type ProfileChoice = 'auto' | 'salesforce' | 'hubspot' | 'generic';

export interface TablesFromFilesOptions {
  /** A mapping file's spec; without it each table's profile is detected from its header. */
  mapping?: MappingSpec;
  profile?: ProfileChoice;
  object?: ObjectName;
}

const PROFILE_FAMILY: Record<ProfileName, Exclude<ProfileChoice, 'auto'>> = {
  salesforce: 'salesforce',
  'salesforce-report': 'salesforce',
  hubspot: 'hubspot',
  generic: 'generic',
};

/**
 * The tables of the given files with their mappings (a ZIP export gives one per CSV inside
 * that holds a workbench object), in the order the sync needs: accounts before the contacts
 * that link to them.
 */
export async function tablesFromFiles(filePaths: readonly string[], options: TablesFromFilesOptions): Promise<TableToImport[]> {
  const tables: TableToImport[] = [];
  for (const filePath of filePaths) {
    const fileName = path.basename(filePath);
    if ((await sniffFileKind(filePath, fileName)) === 'zip') {
      const zip = await openZipExport(filePath, fileName);
      try {
        for (const entry of zip.entries) {
          const source = await zip.open(entry.name);
          const spec = specFor(source.header, source.fileName, `${fileName}/${entry.name}`, options);
          if (spec) tables.push({ path: filePath, fileName, entry: entry.name, spec });
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
    const source = await openTableSource(filePath, readOptions, fileName);
    const spec = specFor(source.header, source.fileName, fileName, options, true);
    if (spec) tables.push({ path: filePath, fileName, spec });
  }
  return tables.sort((a, b) => OBJECT_NAMES.indexOf(a.spec.object) - OBJECT_NAMES.indexOf(b.spec.object));
}

/**
 * The mapping for one table: the given mapping file, or the detected profile. A table that
 * holds nothing the workbench imports is skipped inside a ZIP and an error on its own.
 */
function specFor(
  header: readonly string[],
  sourceFileName: string,
  label: string,
  options: TablesFromFilesOptions,
  standalone = false,
): MappingSpec | null {
  if (options.mapping) return options.mapping;
  const detection = detectProfile(header, sourceFileName);
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
