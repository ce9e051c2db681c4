import type { TableSource } from '../read';
import { detectDateOrder, detectDecimalSeparator, isSalesforceId, type DateOrder } from '../../../../shared/domain/import/values';
import { translateValue, type PlannedColumn } from './columnPlan';

/** How many non-empty values per column decide its conventions. */
export const SAMPLE_SIZE = 200;

/** A convention chosen for a column from its values, shown to the user beside the preview. */
export interface MappingDecision {
  column: string;
  field: string;
  kind: 'dateOrder' | 'decimal' | 'salesforceId';
  value: string;
  /** True when the values did not prove it and the user should confirm. */
  ambiguous: boolean;
  message: string;
}

const needsSamples = (column: PlannedColumn): boolean => {
  const type = column.field?.type;
  return type === 'date' || type === 'datetime' || type === 'number' || type === 'money' || type === 'id';
};

/** Reads up to SAMPLE_SIZE non-empty values of each date, number and id column (one pass, stops early). */
export async function sampleColumns(table: TableSource, columns: readonly PlannedColumn[]): Promise<Map<number, string[]>> {
  const samples = new Map<number, string[]>(columns.filter(needsSamples).map((c) => [c.index, []]));
  if (samples.size === 0) return samples;
  let open = samples.size;
  for await (const row of table.rows()) {
    for (const column of columns) {
      const list = samples.get(column.index);
      if (!list || list.length >= SAMPLE_SIZE) continue;
      const text = translateValue(column, row.cells[column.index] ?? '').trim();
      if (text === '') continue;
      list.push(text);
      if (list.length === SAMPLE_SIZE) open--;
    }
    if (open === 0) break;
  }
  return samples;
}

/**
 * Fixes each column's date order, decimal separator and id form on the planned columns and
 * returns what was decided. A dateOrder in the mapping wins over the data, with a warning
 * when the data proves otherwise.
 */
export function decideColumns(
  columns: PlannedColumn[],
  samples: Map<number, string[]>,
  options: { dateOrder?: DateOrder; salesforceSource: boolean },
): MappingDecision[] {
  const decisions: MappingDecision[] = [];
  for (const column of columns) {
    const values = samples.get(column.index);
    const field = column.field;
    if (!values || !field) continue;
    const base = { column: column.header, field: field.name };
    if (field.type === 'date' || field.type === 'datetime') {
      const detected = detectDateOrder(values);
      if (options.dateOrder !== undefined) {
        column.dateOrder = options.dateOrder;
        const contradicted = !detected.ambiguous && detected.order !== 'YMD' && detected.order !== options.dateOrder;
        decisions.push({
          ...base,
          kind: 'dateOrder',
          value: options.dateOrder,
          ambiguous: contradicted,
          message: `${column.header}: dates read ${options.dateOrder} as the mapping says${contradicted ? `, but the data looks ${detected.order} (${detected.evidence})` : ''}`,
        });
      } else if (values.length > 0) {
        column.dateOrder = detected.order;
        decisions.push({ ...base, kind: 'dateOrder', value: detected.order, ambiguous: detected.ambiguous, message: `${column.header}: dates read ${detected.order}, ${detected.evidence}` });
      }
    } else if ((field.type === 'number' || field.type === 'money') && values.length > 0) {
      const detected = detectDecimalSeparator(values);
      column.decimal = detected.decimal;
      decisions.push({ ...base, kind: 'decimal', value: detected.decimal, ambiguous: detected.ambiguous, message: `${column.header}: decimal separator "${detected.decimal}", ${detected.evidence}` });
    } else if (field.type === 'id' && values.length > 0) {
      const salesforceLike = values.filter(isSalesforceId).length;
      column.salesforceIds = options.salesforceSource || salesforceLike === values.length;
      if (!column.salesforceIds) continue;
      const why = options.salesforceSource ? 'the file is a Salesforce export' : `all ${values.length} sampled values look like Salesforce ids`;
      decisions.push({ ...base, kind: 'salesforceId', value: '18', ambiguous: false, message: `${column.header}: Salesforce ids normalised to 18 characters (${why})` });
    }
  }
  return decisions;
}
