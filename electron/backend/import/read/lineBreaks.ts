/** Line breaks inside a record's cells: "\r\n" is one, a lone "\r" or "\n" is one. */
export function countLineBreaks(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) {
    // Most cells hold no line break: two native searches skip the character loop for them.
    if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue;
    for (let i = 0; i < cell.length; i++) {
      const code = cell.charCodeAt(i);
      if (code === 0x0a) breaks++;
      else if (code === 0x0d) {
        breaks++;
        if (cell.charCodeAt(i + 1) === 0x0a) i++;
      }
    }
  }
  return breaks;
}
