import type Database from 'better-sqlite3';

/** workspace_meta key of the product's key features: a JSON count (12) or list of feature names. */
export const KEY_FEATURES_META_KEY = 'health.key_features';

export interface KeyFeatures {
  /** How many key features the product has; null while none are defined (depth is then n/a). */
  defined: number | null;
  /** Their names, when given by name: only those count in a feature log. */
  names: string[] | null;
}

/**
 * The key features depth is measured against. Nothing sets them yet but this key (a settings
 * screen will): until then depth is "n/a", never a guess.
 */
export function readKeyFeatures(sqlite: Database.Database): KeyFeatures {
  const row = sqlite.prepare('SELECT value FROM workspace_meta WHERE key = ?').get(KEY_FEATURES_META_KEY) as { value: string } | undefined;
  if (row === undefined) return { defined: null, names: null };
  let value: unknown;
  try {
    value = JSON.parse(row.value);
  } catch {
    throw new Error(`workspace_meta ${KEY_FEATURES_META_KEY} is not JSON: ${row.value.slice(0, 80)}`);
  }
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return { defined: value, names: null };
  if (Array.isArray(value) && value.length > 0 && value.every((name) => typeof name === 'string')) {
    const names = [...new Set(value as string[])];
    return { defined: names.length, names };
  }
  throw new Error(`workspace_meta ${KEY_FEATURES_META_KEY} must be a whole number above 0 or a list of feature names`);
}

export function writeKeyFeatures(sqlite: Database.Database, value: number | readonly string[]): void {
  sqlite.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY_FEATURES_META_KEY, JSON.stringify(value));
}

/** Forgets the key features: depth is "n/a" again until some are picked. */
export function clearKeyFeatures(sqlite: Database.Database): void {
  sqlite.prepare('DELETE FROM workspace_meta WHERE key = ?').run(KEY_FEATURES_META_KEY);
}

/** Every feature name the usage rows log, most used first (ties by name), to pick key features from. */
export function knownFeatures(sqlite: Database.Database): string[] {
  return sqlite
    .prepare('SELECT feature FROM usage WHERE feature IS NOT NULL GROUP BY feature ORDER BY count(*) DESC, feature')
    .pluck()
    .all() as string[];
}

/** The key features by name (none while only a count is stored), and every name to pick from, the picked ones included. */
export function keyFeaturesState(sqlite: Database.Database): { features: string[]; known: string[] } {
  const features = readKeyFeatures(sqlite).names ?? [];
  const seen = knownFeatures(sqlite);
  return { features, known: [...seen, ...features.filter((name) => !seen.includes(name))] };
}
