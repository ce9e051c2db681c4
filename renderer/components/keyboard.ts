interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

/** True when a key press belongs to a text field (so app shortcuts must leave it alone). */
export function isEditableTarget(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const { tagName, isContentEditable } = target as TargetLike;
  if (isContentEditable) return true;
  return tagName === 'INPUT' || tagName === 'TEXTAREA' || tagName === 'SELECT';
}

/** Ctrl+Z on Windows/Linux, Cmd+Z on macOS; not Shift (redo) or Alt. */
export function isUndoShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return (event.key === 'z' || event.key === 'Z') && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
}
