import path from 'node:path';
import ExcelJS from 'exceljs';
import { cellText } from './cellText';
import { dedupeHeaders, trimTrailingEmpty } from './headers';
import { ImportReadError } from './readError';
import { fitToHeader, WarningList } from './rowShape';
import type { ReadOptions, TableRow, TableSource } from './types';

/**
 * A worksheet as a table: its first non-empty row is the header. The workbook is loaded whole
 * (exceljs's streaming reader cannot pick a sheet by name before reading the others); CRM XLSX
 * exports are bounded by Excel's own row limit.
 */
export async function openXlsxSource(filePath: string, displayName: string, options: ReadOptions = {}): Promise<TableSource> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(filePath);
  } catch (error) {
    throw new ImportReadError(displayName, `not a readable XLSX workbook (${firstLine((error as Error).message)})`);
  }
  const sheet = pickSheet(workbook, displayName, options.sheet);
  const rowsWithValues: { number: number; values: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) values.push(cellText(row.getCell(column).value));
    if (values.some((value) => value !== '')) rowsWithValues.push({ number: rowNumber, values });
  });
  const first = rowsWithValues[0];
  if (!first) throw new ImportReadError(displayName, `sheet "${sheet.name}" is empty`);
  const header = dedupeHeaders(trimTrailingEmpty(first.values));
  const warnings = new WarningList();

  async function* rows(): AsyncGenerator<TableRow> {
    for (const row of rowsWithValues.slice(1)) {
      yield { rowNumber: row.number, cells: fitToHeader(row.values, header, row.number, warnings) };
    }
  }

  return {
    fileName: path.basename(displayName),
    format: 'xlsx',
    encoding: 'UTF-8',
    encodingConfidence: 100,
    encodingOverridden: false,
    delimiter: null,
    sheetName: sheet.name,
    header,
    warnings: warnings.items,
    rows,
    progress: () => null,
  };
}

function pickSheet(workbook: ExcelJS.Workbook, displayName: string, wanted: string | number | undefined): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const names = sheets.map((sheet) => `"${sheet.name}"`).join(', ');
  if (sheets.length === 0) throw new ImportReadError(displayName, 'the workbook has no sheets');
  if (wanted === undefined) return sheets[0]!;
  const byNumber = typeof wanted === 'number' || /^\d+$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined;
  const found = byNumber ?? sheets.find((sheet) => sheet.name === wanted) ?? sheets.find((sheet) => sheet.name.toLowerCase() === String(wanted).toLowerCase());
  if (!found) throw new ImportReadError(displayName, `no sheet "${wanted}"; the sheets are ${names}`);
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!;
}
