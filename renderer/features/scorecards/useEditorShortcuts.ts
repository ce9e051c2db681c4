import { useEffect, useRef } from 'react';

interface Shortcuts {
  onSave: () => void;
  onEscape: () => void;
}

/** Ctrl+S (Cmd+S on macOS) saves and Escape asks to discard, wherever the focus is on the screen (text fields included). */
export function useEditorShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault(); // never the browser's "save page"
        latest.current.onSave();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        latest.current.onEscape();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
