/**
 * The CSV we hand to a CRM: every field quoted, inner quotes doubled (RFC 4180), which is
 * also what Salesforce Data Loader writes. No csv-stringify dependency for ~20 lines.
 */

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection"):
 * `=`, `+`, `-`, `@`, plus tab and carriage return, which some spreadsheets strip before
 * evaluating what follows.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes Excel, Sheets and LibreOffice show the cell as text. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function quoteCsvField(cell: string): string {
  return `"${cell.replaceAll('"', '""')}"`;
}

export function csvLine(cells: readonly string[], lineEnding: string): string {
  return cells.map(quoteCsvField).join(',') + lineEnding;
}

/** Header plus rows; every line, the last one included, ends with `lineEnding`. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[], lineEnding: string): string {
  const lines = [csvLine(header, lineEnding)];
  for (const row of rows) lines.push(csvLine(row, lineEnding));
  return lines.join('');
}
