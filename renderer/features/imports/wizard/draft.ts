import type { ColumnTarget, InspectedTable, MappingSpec, TableChoice } from '../../../../shared/api';
import { FIELDS, findField, type FieldSpec, type ObjectName } from '../../../../shared/domain/import/fields';
import type { DateOrder } from '../../../../shared/domain/import/values/dates';

/**
 * The user's choices for one table of the Import wizard, kept as plain data so that every
 * rule (what a change of object does, what makes a mapping incomplete) is a pure function.
 */
export interface ColumnDraft {
  header: string;
  /** The workbench field, or null: kept as a custom field under its header. */
  field: string | null;
  /** Source text -> workbench value, for enum fields ("Yes" -> "churned"). */
  values: Record<string, string>;
}

export interface TableDraft {
  tableKey: string;
  include: boolean;
  object: ObjectName | null;
  source: string;
  columns: ColumnDraft[];
  /** The user's read settings; '' keeps what was detected. */
  encoding: string;
  delimiter: string;
  sheet: string;
  dateOrder: DateOrder | '';
  /** What the first reading found, to label it "(detected)" after the user chose otherwise. */
  detected: { encoding: string | null; delimiter: string | null };
}

/** How to read a table again after the user changed its encoding, delimiter or sheet. */
export interface ReadSettings {
  encoding?: string;
  delimiter?: string;
  sheet?: string;
}

/** The source records are kept under, as the CLI names it: both Salesforce forms are one CRM. */
export function defaultSource(table: Pick<InspectedTable, 'profile' | 'label'>): string {
  if (table.profile === 'salesforce' || table.profile === 'salesforce-report') return 'salesforce';
  if (table.profile === 'hubspot') return 'hubspot';
  const base = table.label.split('/').pop() ?? table.label;
  const stem = base.replace(/\.[^.]+$/, '');
  const slug = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'file';
}

function targetOf(target: string | ColumnTarget | undefined): { field: string | null; values: Record<string, string> } {
  if (target === undefined) return { field: null, values: {} };
  if (typeof target === 'string') return { field: target, values: {} };
  return { field: target.field, values: { ...(target.values ?? {}) } };
}

/** The wizard's starting point for a table: the proposed (or reused saved) mapping. */
export function draftFromTable(table: InspectedTable): TableDraft {
  const mapping = table.mapping;
  const object = mapping?.object ?? table.object;
  const columns = table.header.map((header, index): ColumnDraft => {
    if (mapping) return { header, ...targetOf(mapping.columns[header]) };
    const proposed = table.columns.find((column) => column.index === index)?.field ?? null;
    return { header, field: proposed, values: {} };
  });
  return {
    tableKey: table.tableKey,
    include: object !== null,
    object,
    source: mapping?.source ?? defaultSource(table),
    columns: object ? keepFieldsOf(object, columns) : columns,
    encoding: mapping?.encoding ?? '',
    delimiter: mapping?.delimiter ?? '',
    sheet: table.sheet ?? '',
    dateOrder: mapping?.dateOrder ?? '',
    detected: { encoding: table.encoding, delimiter: table.delimiter },
  };
}

/** The draft's read settings as imports.inspect takes them (only what the user set). */
export function readSettings(draft: Pick<TableDraft, 'encoding' | 'delimiter' | 'sheet'>): ReadSettings {
  return {
    ...(draft.encoding ? { encoding: draft.encoding } : {}),
    ...(draft.delimiter ? { delimiter: draft.delimiter } : {}),
    ...(draft.sheet ? { sheet: draft.sheet } : {}),
  };
}

/**
 * The table read again with other settings. The same header keeps the user's mapping; another
 * header (the right delimiter splits it differently, another sheet) starts from the new proposal.
 */
export function rereadDraft(previous: TableDraft, table: InspectedTable, read: ReadSettings): TableDraft {
  const sameHeader =
    previous.columns.length === table.header.length && previous.columns.every((c, i) => c.header === table.header[i]);
  const base = sameHeader ? previous : draftFromTable(table);
  return {
    ...base,
    encoding: read.encoding ?? '',
    delimiter: read.delimiter ?? '',
    sheet: read.sheet ?? table.sheet ?? '',
    detected: previous.detected,
  };
}

/** Columns aimed at fields the object lacks fall back to custom; value maps survive only on enums. */
function keepFieldsOf(object: ObjectName, columns: readonly ColumnDraft[]): ColumnDraft[] {
  return columns.map((column) => {
    const field = column.field === null ? undefined : findField(object, column.field);
    if (!field) return { ...column, field: null, values: {} };
    return field.type === 'enum' ? column : { ...column, values: {} };
  });
}

/** Another object for the table: targets it does not have become custom fields. */
export function withObject(draft: TableDraft, object: ObjectName | null): TableDraft {
  return { ...draft, object, include: object !== null && (draft.include || draft.object === null), columns: object ? keepFieldsOf(object, draft.columns) : draft.columns };
}

/** Another target for one column. A field another column fed is taken from it (one column per field). */
export function withColumnField(draft: TableDraft, header: string, field: string | null): TableDraft {
  const object = draft.object;
  return {
    ...draft,
    columns: draft.columns.map((column) => {
      if (column.header === header) {
        const spec = object && field ? findField(object, field) : undefined;
        return { ...column, field, values: spec?.type === 'enum' && field === column.field ? column.values : {} };
      }
      return field !== null && column.field === field ? { ...column, field: null, values: {} } : column;
    }),
  };
}

/** Sets (or, with '', removes) one source value's translation for a column. */
export function withValueMapping(draft: TableDraft, header: string, from: string, to: string): TableDraft {
  return {
    ...draft,
    columns: draft.columns.map((column) => {
      if (column.header !== header) return column;
      const values = { ...column.values };
      if (to === '') delete values[from];
      else values[from] = to;
      return { ...column, values };
    }),
  };
}

export function fieldSpec(draft: Pick<TableDraft, 'object'>, field: string | null): FieldSpec | undefined {
  return draft.object && field ? findField(draft.object, field) : undefined;
}

export function fieldsOf(object: ObjectName | null): readonly FieldSpec[] {
  return object ? FIELDS[object] : [];
}

export type SpecResult = { ok: true; spec: MappingSpec } | { ok: false; problems: string[] };

/** The mapping the back-end receives, or what is still missing, in words naming the table. */
export function specFromDraft(draft: TableDraft, label: string): SpecResult {
  const problems: string[] = [];
  if (draft.object === null) problems.push(`${label}: choose what the table holds (accounts, contacts, …)`);
  if (draft.source.trim() === '') problems.push(`${label}: name the source its records come from`);
  const columns: Record<string, string | ColumnTarget> = {};
  const fedBy = new Map<string, string>();
  for (const column of draft.columns) {
    if (column.field === null) continue;
    const earlier = fedBy.get(column.field);
    if (earlier !== undefined) problems.push(`${label}: "${column.field}" is fed by both "${earlier}" and "${column.header}"`);
    fedBy.set(column.field, column.header);
    const values = Object.entries(column.values).filter(([from, to]) => from !== '' && to !== '');
    columns[column.header] = values.length > 0 ? { field: column.field, values: Object.fromEntries(values) } : column.field;
  }
  if (problems.length > 0 || draft.object === null) return { ok: false, problems };
  const spec: MappingSpec = { object: draft.object, source: draft.source.trim(), columns };
  if (draft.encoding) spec.encoding = draft.encoding;
  if (draft.delimiter) spec.delimiter = draft.delimiter;
  if (draft.dateOrder) spec.dateOrder = draft.dateOrder;
  return { ok: true, spec };
}

export type RunTablesResult = { ok: true; tables: TableChoice[] } | { ok: false; problems: string[] };

/** The tables a preview or commit sends: the included ones, each with its mapping. */
export function runTables(drafts: readonly TableDraft[], labels: ReadonlyMap<string, string>): RunTablesResult {
  const included = drafts.filter((draft) => draft.include);
  if (included.length === 0) return { ok: false, problems: ['Include at least one table to import.'] };
  const problems: string[] = [];
  const tables: TableChoice[] = [];
  for (const draft of included) {
    const result = specFromDraft(draft, labels.get(draft.tableKey) ?? draft.tableKey);
    if (!result.ok) problems.push(...result.problems);
    else tables.push({ tableKey: draft.tableKey, mapping: result.spec, ...(draft.sheet ? { sheet: draft.sheet } : {}) });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tables };
}

/** The distinct sample values of a column, for mapping them one by one. */
export function distinctSamples(samples: readonly string[]): string[] {
  return [...new Set(samples.map((s) => s.trim()).filter((s) => s !== ''))];
}
