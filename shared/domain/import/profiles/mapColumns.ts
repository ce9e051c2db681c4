import { cleanHeader } from './headerKeys';
import type { ColumnMapping, CrmProfileSpec, SourceObjectSpec, ValueTranslations } from './types';

/**
 * Maps each column of a header line to a workbench field by the object's table. A field is
 * fed by one column only (the table's earlier entry wins); everything else, including repeated
 * headers, is kept as a custom field under its original header.
 */
export function mapColumns(spec: CrmProfileSpec, objectSpec: SourceObjectSpec | null, header: readonly string[]): ColumnMapping[] {
  const cleaned = header.map(cleanHeader);
  const firstIndex = new Map<string, number>();
  cleaned.forEach((h, index) => {
    const key = spec.key(h);
    if (h !== '' && !firstIndex.has(key)) firstIndex.set(key, index);
  });

  const assigned = new Map<number, { field: string; tableHeader: string; values: ValueTranslations | undefined }>();
  const usedFields = new Set<string>();
  for (const [tableHeader, field, values] of objectSpec?.fields ?? []) {
    const index = firstIndex.get(spec.key(tableHeader));
    if (index === undefined || assigned.has(index) || usedFields.has(field)) continue;
    assigned.set(index, { field, tableHeader, values });
    usedFields.add(field);
  }

  return header.map((original, index) => {
    const h = cleaned[index] ?? '';
    const mapped = assigned.get(index);
    if (mapped) {
      const written = h === mapped.tableHeader ? '' : ` (written "${h}")`;
      const reason = `${spec.headerKind} ${mapped.tableHeader}${written}`;
      return mapped.values ? { header: original, field: mapped.field, values: mapped.values, reason } : { header: original, field: mapped.field, reason };
    }
    return { header: original, field: null, reason: unmappedReason(spec, objectSpec, h, index, firstIndex) };
  });
}

function unmappedReason(
  spec: CrmProfileSpec,
  objectSpec: SourceObjectSpec | null,
  h: string,
  index: number,
  firstIndex: Map<string, number>,
): string {
  if (h === '') return 'empty header: an unnamed column, ignored unless it holds values';
  const first = firstIndex.get(spec.key(h));
  if (first !== undefined && first !== index) {
    return `repeats the header of column ${first + 1}; kept as custom field "${h}"`;
  }
  if (objectSpec === null) return `no workbench object to map to; kept as custom field "${h}"`;
  if (objectSpec.object === null) {
    return `the workbench does not import ${objectSpec.sourceObject} records; kept as custom field "${h}"`;
  }
  return `no workbench field for ${spec.headerKind} ${h}; kept as custom field "${h}"`;
}
