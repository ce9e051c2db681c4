import { AppError } from '../../../../shared/api/errors';
import type { ProfileDetection, ProfileName } from '../../../../shared/domain/import/profiles';
import type { MappingSpec } from './spec';

/** The source name records of an automatic profile are kept under (both Salesforce forms are one CRM). */
export function sourceOfProfile(profile: ProfileName): string {
  return profile === 'salesforce' || profile === 'salesforce-report' ? 'salesforce' : profile;
}

/**
 * The mapping an automatic profile proposes, in the same form as a mapping file, so both paths
 * share mapTable. Columns the profile left unmapped are simply not named (kept as custom fields).
 */
export function mappingFromDetection(detection: ProfileDetection, source = sourceOfProfile(detection.profile)): MappingSpec {
  if (detection.object === null) {
    const what = detection.sourceObject ?? 'this file';
    throw new AppError('BAD_INPUT', `${what}: no workbench object to import into; write a mapping file naming "object"`);
  }
  const columns: MappingSpec['columns'] = {};
  for (const column of detection.columns) {
    if (column.field === null) continue;
    // The profile's translations of a CRM picklist (Salesforce TaskSubtype "Task" -> note) travel with the column.
    columns[column.header] = column.values ? { field: column.field, values: { ...column.values } } : column.field;
  }
  return { object: detection.object, source, columns };
}
