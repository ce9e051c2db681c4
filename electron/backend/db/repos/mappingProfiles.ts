import type Database from 'better-sqlite3';
import type { SavedMapping } from '../../../../shared/api/importDto';
import type { MappingSpec } from '../../../../shared/api/mappingSpec';

/**
 * A header as the set of its columns: order-insensitive, and insensitive to case and outer
 * spaces, because that is how a mapping finds its columns in a file (import/mapping/columnPlan:
 * exactly, then ignoring case and outer spaces). Repeated columns count ("Lead Owner" and
 * "Lead owner" in one file are two), so a sorted list rather than a set.
 */
export function headerSetKey(header: readonly string[]): string {
  return JSON.stringify(header.map(foldHeader).sort());
}

export function foldHeader(header: string): string {
  return header.trim().toLowerCase();
}

interface RawProfile {
  name: string;
  header_json: string;
  mapping_json: string;
  updated_at: string;
}

function toSavedMapping(row: RawProfile): SavedMapping {
  return {
    name: row.name,
    header: JSON.parse(row.header_json) as string[],
    mapping: JSON.parse(row.mapping_json) as MappingSpec,
    updatedAt: row.updated_at,
  };
}

export function listMappingProfiles(sqlite: Database.Database): SavedMapping[] {
  const rows = sqlite.prepare('SELECT * FROM mapping_profiles ORDER BY name COLLATE NOCASE, name').all() as RawProfile[];
  return rows.map(toSavedMapping);
}

/** The profiles saved for this header set, the most recently saved first. */
export function mappingProfilesForHeader(sqlite: Database.Database, header: readonly string[]): SavedMapping[] {
  const rows = sqlite
    .prepare('SELECT * FROM mapping_profiles WHERE header_key = ? ORDER BY updated_at DESC, name')
    .all(headerSetKey(header)) as RawProfile[];
  return rows.map(toSavedMapping);
}

/** Saves a profile under its name, replacing one of the same name. */
export function saveMappingProfile(sqlite: Database.Database, profile: SavedMapping): SavedMapping {
  sqlite
    .prepare(
      `INSERT INTO mapping_profiles (name, header_key, header_json, mapping_json, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET header_key = excluded.header_key, header_json = excluded.header_json,
         mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
    )
    .run(profile.name, headerSetKey(profile.header), JSON.stringify(profile.header), JSON.stringify(profile.mapping), profile.updatedAt);
  return profile;
}

export function deleteMappingProfile(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare('DELETE FROM mapping_profiles WHERE name = ?').run(name).changes > 0;
}
