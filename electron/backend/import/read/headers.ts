/**
 * Column names a table can be keyed by: trimmed, an empty one named after its position
 * ("Column 4"), and exact duplicates numbered ("Name", "Name (2)"). Names that differ only in
 * case ("Lead Owner", "Lead owner") are different columns and stay as they are.
 */
export function dedupeHeaders(raw: readonly string[]): string[] {
  const named = raw.map((name, index) => {
    const trimmed = name.trim();
    return trimmed === '' ? `Column ${index + 1}` : trimmed;
  });
  // A column literally called "Name (2)" keeps that name; a duplicate "Name" becomes "Name (3)".
  const originals = new Set(named);
  const used = new Set<string>();
  return named.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) {
      candidate = `${name} (${n})`;
      if (originals.has(candidate)) candidate = name; // keep looking
    }
    used.add(candidate);
    return candidate;
  });
}

/**
 * A header row often ends in empty cells (Excel's trailing separators). They carry no name and,
 * in such files, no data; they are dropped so the table has only the columns it means.
 */
export function trimTrailingEmpty(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 1 && (cells[end - 1] ?? '').trim() === '') end--;
  return cells.slice(0, end);
}
