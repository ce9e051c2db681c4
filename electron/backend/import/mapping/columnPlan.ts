import { findField, type FieldSpec } from '../../../../shared/domain/import/fields';
import type { DateOrder, DecimalSeparator } from '../../../../shared/domain/import/values';
import { columnTarget, type MappingSpec } from './spec';

/** How one column of the file is read: its field (or none: custom) and what was decided about its values. */
export interface PlannedColumn {
  index: number;
  header: string;
  field: FieldSpec | null;
  /** The mapping's value translations, keyed exactly and by lower case. */
  values: { exact: Map<string, string>; folded: Map<string, string> } | null;
  dateOrder?: DateOrder;
  decimal?: DecimalSeparator;
  /** Id column whose values are Salesforce ids: normalised to 18 characters. */
  salesforceIds?: boolean;
}

export interface ColumnPlan {
  columns: PlannedColumn[];
  /** Mapping columns the file does not have. */
  warnings: string[];
}

const fold = (text: string): string => text.trim().toLowerCase();

/** Matches the mapping's headers to the file's: exactly first, then ignoring case and outer spaces. */
export function planColumns(header: readonly string[], spec: MappingSpec): ColumnPlan {
  const byHeader = new Map<number, { field: string; values?: Record<string, string> }>();
  const warnings: string[] = [];
  for (const [mappedHeader, target] of Object.entries(spec.columns)) {
    let index = header.indexOf(mappedHeader);
    if (index < 0) index = header.findIndex((h, i) => fold(h) === fold(mappedHeader) && !byHeader.has(i));
    if (index < 0 || byHeader.has(index)) {
      warnings.push(`column "${mappedHeader}" named in the mapping is not in the file; ${columnTarget(target).field} stays empty`);
      continue;
    }
    byHeader.set(index, columnTarget(target));
  }
  const columns = header.map((h, index): PlannedColumn => {
    const target = byHeader.get(index);
    const field = target ? (findField(spec.object, target.field) ?? null) : null;
    const values = target?.values
      ? {
          exact: new Map(Object.entries(target.values)),
          folded: new Map(Object.entries(target.values).map(([from, to]) => [fold(from), to])),
        }
      : null;
    return { index, header: h, field, values };
  });
  return { columns, warnings };
}

/** The mapping's translation of a cell, or the cell itself. */
export function translateValue(column: PlannedColumn, text: string): string {
  if (column.values === null) return text;
  return column.values.exact.get(text) ?? column.values.exact.get(text.trim()) ?? column.values.folded.get(fold(text)) ?? text;
}
