/**
 * Where the focused row goes for a key press in the table (roving focus over the virtual
 * rows), or null when the key does not move it.
 */
export function nextRowIndex(key: string, current: number, count: number, pageSize: number): number | null {
  if (count <= 0) return null;
  const page = Math.max(1, pageSize);
  let next: number;
  switch (key) {
    case 'ArrowDown':
      next = current + 1;
      break;
    case 'ArrowUp':
      next = current - 1;
      break;
    case 'PageDown':
      next = current + page;
      break;
    case 'PageUp':
      next = current - page;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return null;
  }
  return Math.min(count - 1, Math.max(0, next));
}

/** Keeps the remembered focus row inside the current (possibly filtered) row count. */
export function clampRowIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, index));
}
