import path from 'node:path';
import { openTableSource, openZipExport, sniffFileKind, type TableSource, type ZipEntryInfo } from '../../import/read';
import { describeDelimiter, parseDelimiterName } from '../../import/read/delimiter';
import { jsonOption } from '../args';
import { defineCommand } from '../command';
import { EXIT_OK, UsageError } from '../errors';
import type { CliIo } from '../io';
import { detectProfile, type ColumnMapping, type ProfileName } from '../../../../shared/domain/import/profiles';
import type { ObjectName } from '../../../../shared/domain/import/fields';

interface TableReport {
  format: 'csv' | 'xlsx';
  encoding: string;
  encodingConfidence: number;
  encodingOverridden: boolean;
  delimiter: string | null;
  sheet: string | null;
  columns: number;
  header: string[];
  rows: { rowNumber: number; cells: string[] }[];
  warnings: string[];
  /** Which CRM export the header looks like, and the workbench objects it would import into. */
  profile: ProfileName;
  objects: ObjectName[];
  /** The CRM's own name for what the file holds ("Salesforce Lead"), or null. */
  sourceObject: string | null;
  profileConfidence: number;
  /** Each column's proposed workbench field (null: kept as a custom field), and why. */
  mapping: ColumnMapping[];
}

interface Options {
  encoding?: string;
  delimiter?: string;
  sheet?: string;
}

export const inspectCommand = defineCommand({
  name: 'inspect',
  summary: 'Show how an import file reads: encoding, delimiter, header and first rows.',
  usage: 'inspect FILE [--rows N] [--encoding E] [--delimiter D] [--sheet S] [--json]',
  details: [
    'FILE               a CSV, an XLSX workbook or a Salesforce Data Export ZIP (one section per CSV inside)',
    '--rows N           how many rows to show after the header (default 5)',
    '--encoding E       read the text as E (utf-8, windows-1252, windows-1251, latin1, utf-16le...) instead of detecting it',
    '--delimiter D      the field separator: , ; tab or any one character, instead of detecting it',
    '--sheet S          XLSX: the sheet by name or 1-based number (default: the first)',
    '--json             the same as JSON',
  ],
  options: {
    rows: { type: 'string', short: 'n' },
    encoding: { type: 'string' },
    delimiter: { type: 'string' },
    sheet: { type: 'string' },
    ...jsonOption,
  },
  maxPositionals: 1,
  async run({ values, positionals }, io) {
    const [file] = positionals;
    if (file === undefined || file.trim() === '') throw new UsageError('inspect needs a FILE; run `csm help inspect`');
    const rowLimit = parseRowLimit(values.rows);
    const options = readOptions(values);
    const filePath = path.resolve(io.cwd, file);
    const kind = await sniffFileKind(filePath, file);
    if (kind !== 'zip') {
      const report = await inspectTable(await openTableSource(filePath, options, file), rowLimit);
      if (values.json) io.stdout(JSON.stringify({ file, ...report }, null, 2) + '\n');
      else writeTable(io, file, report);
      return EXIT_OK;
    }
    const zip = await openZipExport(filePath, file);
    try {
      const sections: (ZipEntryInfo & TableReport)[] = [];
      for (const entry of zip.entries) {
        sections.push({ ...entry, ...(await inspectTable(await zip.open(entry.name, options), rowLimit)) });
      }
      if (values.json) {
        io.stdout(JSON.stringify({ file, format: 'zip', entries: sections, skipped: zip.skipped }, null, 2) + '\n');
        return EXIT_OK;
      }
      io.stdout(`${file}: ZIP archive, ${plural(zip.entries.length, 'CSV entry', 'CSV entries')}\n`);
      if (zip.skipped.length > 0) io.stdout(`skipped (not CSV): ${zip.skipped.join(', ')}\n`);
      for (const section of sections) {
        io.stdout('\n');
        writeTable(io, `${file}/${section.name}`, section, section.object ?? '(no object: the file name is not an API name)');
      }
      return EXIT_OK;
    } finally {
      zip.close();
    }
  },
});

async function inspectTable(table: TableSource, rowLimit: number): Promise<TableReport> {
  const rows: TableReport['rows'] = [];
  if (rowLimit > 0) {
    for await (const row of table.rows()) {
      rows.push(row);
      if (rows.length >= rowLimit) break;
    }
  }
  return {
    format: table.format,
    encoding: table.encoding,
    encodingConfidence: table.encodingConfidence,
    encodingOverridden: table.encodingOverridden,
    delimiter: table.delimiter,
    sheet: table.sheetName,
    columns: table.header.length,
    header: table.header,
    rows,
    // Read after the rows: warnings found while reading them are included.
    warnings: [...table.warnings],
    ...profileOf(table),
  };
}

function profileOf(table: TableSource): Pick<TableReport, 'profile' | 'objects' | 'sourceObject' | 'profileConfidence' | 'mapping'> {
  const detection = detectProfile(table.header, table.fileName);
  return {
    profile: detection.profile,
    objects: detection.object === null ? [] : [detection.object],
    sourceObject: detection.sourceObject,
    profileConfidence: detection.confidence,
    mapping: detection.columns,
  };
}

function describeProfile(report: TableReport): string {
  const source = report.sourceObject ? `${report.sourceObject}, ` : '';
  const into = report.objects.length > 0 ? `imports into ${report.objects.join(', ')}` : 'nothing the workbench imports';
  return `${report.profile} (${source}${into}; confidence ${Math.round(report.profileConfidence * 100)}%)`;
}

function writeTable(io: CliIo, title: string, report: TableReport, object?: string): void {
  const how = report.encodingOverridden ? 'as asked' : `detected, confidence ${report.encodingConfidence}%`;
  const lines = [
    title,
    ...(object !== undefined ? [`  object     ${object}`] : []),
    `  format     ${report.format}${report.sheet !== null ? ` (sheet "${report.sheet}")` : ''}`,
    `  encoding   ${report.encoding} (${how})`,
    ...(report.delimiter !== null ? [`  delimiter  ${describeDelimiter(report.delimiter)}`] : []),
    `  profile    ${describeProfile(report)}`,
    `  header     ${plural(report.columns, 'column', 'columns')}: ${JSON.stringify(report.header)}`,
    `  mapped     ${report.mapping.filter((column) => column.field !== null).map((column) => `${column.header} -> ${column.field}`).join(', ') || 'no column'}`,
    ...report.warnings.map((warning) => `  warning    ${warning}`),
    report.rows.length === 0 ? '  rows       none shown' : `  first ${plural(report.rows.length, 'row', 'rows')}:`,
    ...report.rows.map((row) => `    line ${row.rowNumber}: ${JSON.stringify(row.cells)}`),
  ];
  io.stdout(lines.join('\n') + '\n');
}

function parseRowLimit(value: string | undefined): number {
  if (value === undefined) return 5;
  if (!/^\d{1,7}$/.test(value)) throw new UsageError(`--rows must be a whole number (got "${value}")`);
  return Number(value);
}

function readOptions(values: Options): { encoding?: string; delimiter?: string; sheet?: string } {
  const options: { encoding?: string; delimiter?: string; sheet?: string } = {};
  if (values.encoding !== undefined) options.encoding = values.encoding;
  if (values.sheet !== undefined) options.sheet = values.sheet;
  if (values.delimiter !== undefined) {
    const delimiter = parseDelimiterName(values.delimiter);
    if (delimiter === null) throw new UsageError(`--delimiter must be , ; tab or one other character (got "${values.delimiter}")`);
    options.delimiter = delimiter;
  }
  return options;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
