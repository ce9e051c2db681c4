import { describe, expect, it } from 'vitest';
import { CHORD_WINDOW_MS, shortcutFor, stepChord } from '../../../renderer/components/navShortcuts';
import { parseHash, routeToHash, type Route } from '../../../renderer/routing/route';
import { delimiterLabel, describeProgress, formatBytes, samplesLine } from '../../../renderer/features/imports/wizard/wizardText';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods,
});

describe('routes of the import screens', () => {
  it('reads and writes #/import, #/imports and #/sync', () => {
    expect(parseHash('#/import')).toEqual({ name: 'importWizard' });
    expect(parseHash('#/imports/')).toEqual({ name: 'importHistory' });
    expect(parseHash('#/sync?x=1')).toEqual({ name: 'syncReview' });
    const routes: Route[] = [{ name: 'importWizard' }, { name: 'importHistory' }, { name: 'syncReview' }];
    for (const route of routes) expect(parseHash(routeToHash(route))).toEqual(route);
    expect(parseHash('#/importz')).toEqual({ name: 'notFound', path: '/importz' });
  });
});

describe('G-then-letter shortcuts', () => {
  it('G then I goes to the import wizard, G then R to Sync review', () => {
    const g = stepChord(null, key('g'), 1000);
    expect(g).toEqual({ state: 1000, route: null, handled: true });
    expect(stepChord(g.state, key('i'), 1200).route).toEqual({ name: 'importWizard' });
    expect(stepChord(g.state, key('R'), 1200).route).toEqual({ name: 'syncReview' });
  });

  it('a letter without G, too late, or with a modifier does nothing', () => {
    expect(stepChord(null, key('i'), 0)).toEqual({ state: null, route: null, handled: false });
    expect(stepChord(0, key('i'), CHORD_WINDOW_MS + 1).route).toBeNull();
    expect(stepChord(0, key('i', { ctrlKey: true }), 10)).toEqual({ state: null, route: null, handled: false });
    expect(stepChord(null, key('g', { metaKey: true }), 0).handled).toBe(false);
  });

  it('names each screen’s shortcut for the sidebar', () => {
    expect(shortcutFor('importHistory')).toBe('G H');
    expect(shortcutFor('account')).toBeNull();
  });
});

describe('wizard wording', () => {
  it('sizes files readably', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
  });

  it('describes progress, with the engine’s "done" read as finishing', () => {
    expect(describeProgress(null, 'starting…')).toBe('starting…');
    expect(describeProgress({ taskId: 't', label: 'Account.csv', done: 41, total: 100 }, '')).toBe('Account.csv · 41%');
    expect(describeProgress({ taskId: 't', label: 'done', done: 100, total: 100 }, '')).toBe('Finishing · 100%');
  });

  it('names delimiters and shortens samples', () => {
    expect(delimiterLabel('\t')).toBe('Tab');
    expect(delimiterLabel('#')).toBe('"#"');
    expect(samplesLine(['a', 'b', 'x'.repeat(50)], 3)).toBe(`a · b · ${'x'.repeat(39)}…`);
  });
});
