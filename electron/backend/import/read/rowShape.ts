/** How many rows with extra cells are named one by one before the rest are only counted. */
const NAMED_LIMIT = 5;

/** Warnings without repeats: rows() can be read more than once and must not double them. */
export class WarningList {
  readonly items: string[] = [];
  private readonly keys = new Set<string>();
  private readonly extraCellLines = new Set<number>();

  /** `key` makes a kind of warning appear once however often it is raised. */
  add(message: string, key: string = message): void {
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.items.push(message);
  }

  extraCells(line: number, column: number, columns: number): void {
    this.extraCellLines.add(line);
    if (this.extraCellLines.size <= NAMED_LIMIT) {
      this.add(`line ${line}: a value in column ${column} is past the header's ${columns} columns and was left out`);
    } else {
      this.add('more rows have values past the header\'s columns; they were left out too');
    }
  }
}

/**
 * Every row gets exactly one cell per header column. Short rows are padded (Excel drops
 * trailing empty cells); extra empty cells are dropped silently (trailing separators); an extra
 * cell with a value is dropped with a warning, since nothing could map it to a field.
 */
export function fitToHeader(cells: string[], header: readonly string[], line: number, warnings: WarningList): string[] {
  const width = header.length;
  if (cells.length === width) return cells;
  if (cells.length < width) return [...cells, ...new Array<string>(width - cells.length).fill('')];
  const extraIndex = cells.findIndex((cell, index) => index >= width && cell.trim() !== '');
  if (extraIndex >= 0) warnings.extraCells(line, extraIndex + 1, width);
  return cells.slice(0, width);
}
