import { z } from 'zod';
import { FIELDS, OBJECT_NAMES, findField, isObjectName, type ObjectName } from '../domain/import/fields';
import type { DateOrder } from '../domain/import/values';

/** One column's target: a workbench field, optionally with source values translated first. */
export interface ColumnTarget {
  field: string;
  /** Source text -> workbench value (matched exactly, then ignoring case), e.g. {"Y": "churned"}. */
  values?: Record<string, string>;
}

/**
 * A mapping file (issue 3): which columns of a file feed which workbench fields. A column the
 * mapping does not name is kept as a custom field under its header.
 */
export interface MappingSpec {
  object: ObjectName;
  /** Where the records come from; records are matched per source on re-import. */
  source: string;
  columns: Record<string, string | ColumnTarget>;
  /** Forces the day/month order of every date column instead of detecting it per column. */
  dateOrder?: DateOrder;
  encoding?: string;
  delimiter?: string;
}

const DATE_ORDERS = ['YMD', 'MDY', 'DMY'] as const;

const columnTargetSchema = z.union(
  [
    z.string(),
    z.strictObject({
      field: z.string({ error: 'needs "field": the workbench field name' }),
      values: z.record(z.string(), z.string({ error: 'each value must map to a text' })).optional(),
    }),
  ],
  { error: 'must be a field name, or {"field": ..., "values": {...}}' },
);

export const mappingSpecSchema = z
  .strictObject({
    object: z.string({ error: 'needs "object"' }).refine(isObjectName, {
      error: (issue) => `unknown object ${JSON.stringify(issue.input)}; expected one of ${OBJECT_NAMES.join(', ')}`,
    }),
    source: z.string({ error: 'needs "source": where the records come from, e.g. "billing-sheet"' }).trim().min(1, {
      error: 'must not be empty',
    }),
    columns: z.record(z.string(), columnTargetSchema, { error: 'needs "columns": an object of header -> field' }),
    dateOrder: z
      .string()
      .refine((value) => (DATE_ORDERS as readonly string[]).includes(value), {
        error: (issue) => `bad dateOrder ${JSON.stringify(issue.input)}; expected DMY, MDY or YMD`,
      })
      .optional(),
    encoding: z.string().min(1).optional(),
    delimiter: z.string().length(1, { error: 'must be one character, e.g. "," ";" or "\\t"' }).optional(),
  })
  .superRefine((spec, ctx) => {
    if (!isObjectName(spec.object)) return;
    const object = spec.object;
    const usedBy = new Map<string, string>();
    for (const [header, target] of Object.entries(spec.columns)) {
      const fieldName = typeof target === 'string' ? target : target.field;
      const path = typeof target === 'string' ? ['columns', header] : ['columns', header, 'field'];
      const field = findField(object, fieldName);
      if (!field) {
        const known = FIELDS[object].map((f) => f.name).join(', ');
        ctx.addIssue({ code: 'custom', path, message: `unknown field "${fieldName}" for ${object} (known: ${known})` });
        continue;
      }
      const earlier = usedBy.get(fieldName);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path, message: `field "${fieldName}" is already fed by column "${earlier}"` });
      }
      usedBy.set(fieldName, header);
      if (typeof target === 'string' || target.values === undefined || field.type !== 'enum') continue;
      for (const [from, to] of Object.entries(target.values)) {
        if (field.values?.includes(to)) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['columns', header, 'values', from],
          message: `"${to}" is not a ${fieldName} value (allowed: ${field.values?.join(', ') ?? 'none'})`,
        });
      }
    }
  });

/** Zod's parsed shape widened back to the spec type (object and dateOrder were refined). */
export function toMappingSpec(parsed: z.infer<typeof mappingSpecSchema>): MappingSpec {
  const spec: MappingSpec = { object: parsed.object as ObjectName, source: parsed.source, columns: parsed.columns };
  if (parsed.dateOrder !== undefined) spec.dateOrder = parsed.dateOrder as DateOrder;
  if (parsed.encoding !== undefined) spec.encoding = parsed.encoding;
  if (parsed.delimiter !== undefined) spec.delimiter = parsed.delimiter;
  return spec;
}

export function columnTarget(target: string | ColumnTarget): ColumnTarget {
  return typeof target === 'string' ? { field: target } : target;
}
