import type { Route } from '../routing/route';

/**
 * Go-to shortcuts: press G, then a letter (as in Gmail or GitHub). Two keys rather than
 * Ctrl+letter so that no browser or Electron menu shortcut is taken over.
 */
export const NAV_SHORTCUTS = [
  { key: 'p', route: { name: 'portfolio' }, label: 'Portfolio' },
  { key: 'm', route: { name: 'metrics' }, label: 'Metrics' },
  { key: 'c', route: { name: 'scorecards' }, label: 'Health scorecards' },
  { key: 'i', route: { name: 'importWizard' }, label: 'Import files' },
  { key: 'h', route: { name: 'importHistory' }, label: 'Import history' },
  { key: 'r', route: { name: 'syncReview' }, label: 'Sync review' },
  { key: 's', route: { name: 'settings' }, label: 'Settings' },
] as const satisfies readonly { key: string; route: Route; label: string }[];

/** How long after G the second key still counts. */
export const CHORD_WINDOW_MS = 1500;

export interface ChordKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** When G was pressed (ms), or null when no chord is under way. */
export type ChordState = number | null;

export interface ChordStep {
  state: ChordState;
  route: Route | null;
  /** The key belongs to the chord: the caller should preventDefault. */
  handled: boolean;
}

/** One key press through the G-then-letter chord; pure, `now` in ms. */
export function stepChord(state: ChordState, event: ChordKey, now: number): ChordStep {
  if (event.ctrlKey || event.metaKey || event.altKey) return { state: null, route: null, handled: false };
  const key = event.key.toLowerCase();
  if (state !== null && now - state <= CHORD_WINDOW_MS) {
    const match = NAV_SHORTCUTS.find((shortcut) => shortcut.key === key);
    if (match) return { state: null, route: match.route, handled: true };
  }
  if (key === 'g') return { state: now, route: null, handled: true };
  return { state: null, route: null, handled: false };
}

/** "G then I", for aria-keyshortcuts and hints. */
export function shortcutFor(name: Route['name']): string | null {
  const found = NAV_SHORTCUTS.find((shortcut) => shortcut.route.name === name);
  return found ? `G ${found.key.toUpperCase()}` : null;
}
