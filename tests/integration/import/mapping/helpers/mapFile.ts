import fs from 'node:fs';
import path from 'node:path';
import { openTableSource } from '../../../../../electron/backend/import/read';
import { hashFile, mapTable, mappingFromDetection, type MappedTable, type MappingSpec } from '../../../../../electron/backend/import/mapping';
import { detectProfile } from '../../../../../shared/domain/import/profiles';

export { fixture } from '../../read/helpers/fixtures';

/** Maps a file as `csm import` will: by the given spec, or by the automatic profile. */
export async function mapFile(filePath: string, spec?: MappingSpec): Promise<MappedTable> {
  const options = spec ? { ...(spec.encoding ? { encoding: spec.encoding } : {}), ...(spec.delimiter ? { delimiter: spec.delimiter } : {}) } : {};
  const table = await openTableSource(filePath, options, path.basename(filePath));
  const used = spec ?? mappingFromDetection(detectProfile(table.header, table.fileName));
  return mapTable(table, used, { file: path.basename(filePath), fileHash: await hashFile(filePath) });
}

export function writeFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

export function recordAt(batch: MappedTable, rowNumber: number): MappedTable['records'][number] {
  const record = batch.records.find((r) => r.rowNumber === rowNumber);
  if (!record) throw new Error(`no record for row ${rowNumber}; invalid: ${JSON.stringify(batch.invalid.filter((e) => e.row === rowNumber))}`);
  return record;
}
