import type Database from 'better-sqlite3';
import type { ScorecardEntry, ScorecardVersion } from '../../../shared/api/healthDto';
import { compileScorecard, defaultScorecard, selectScorecard, type Scorecard, type ScorecardTarget } from '../../../shared/domain/health';

/**
 * Scorecards as stored: every saved version is a row that is never changed, and the latest
 * version of each id is in force, in `position` order (the first whose rule matches an account
 * wins, so the catch-all goes last). Retiring a scorecard adds one more version, a tombstone
 * (`{"retired": true}`), so the versions that snapshots cite stay readable.
 */

interface LatestRow {
  id: string;
  version: number;
  definition: string;
  savedAt: string;
}

const LATEST_SQL = `SELECT s.id, s.version, s.definition, s.created_at AS savedAt FROM health_scorecards s
  WHERE s.version = (SELECT max(version) FROM health_scorecards v WHERE v.id = s.id)
  ORDER BY s.position, s.id`;

/** A stored definition, or null for a tombstone; a one-line error when it is damaged or unusable. */
function parseDefinition(id: string, definition: string): Scorecard | null {
  let value: unknown;
  try {
    value = JSON.parse(definition);
  } catch {
    throw new Error(`Scorecard ${id} is stored damaged (not JSON)`);
  }
  if (typeof value === 'object' && value !== null && (value as { retired?: unknown }).retired === true) return null;
  const card = value as Scorecard;
  compileScorecard(card); // a one-line error naming what is wrong, before any account is scored with it
  return card;
}

function readInForce(sqlite: Database.Database): ScorecardEntry[] {
  const entries: ScorecardEntry[] = [];
  for (const row of sqlite.prepare(LATEST_SQL).all() as LatestRow[]) {
    const scorecard = parseDefinition(row.id, row.definition);
    if (scorecard !== null) entries.push({ scorecard, position: entries.length, savedAt: row.savedAt });
  }
  return entries;
}

/**
 * The scorecards in force with their place in the order (0 first) and when they were saved. A
 * workspace without any gets the default scorecard saved the first time one is needed.
 */
export function loadScorecardEntries(sqlite: Database.Database, nowIso: string): ScorecardEntry[] {
  let entries = readInForce(sqlite);
  if (entries.length === 0) {
    const card = defaultScorecard();
    card.version = (latestVersionOf(sqlite, card.id)?.version ?? 0) + 1;
    saveScorecard(sqlite, card, nowIso, 1_000_000);
    entries = readInForce(sqlite);
  }
  return entries;
}

/** The scorecards in force, in the order they are tried. */
export function loadScorecards(sqlite: Database.Database, nowIso: string): Scorecard[] {
  return loadScorecardEntries(sqlite, nowIso).map((entry) => entry.scorecard);
}

/** Every saved version of every scorecard, newest first; tombstones left out. */
export function scorecardHistory(sqlite: Database.Database): ScorecardVersion[] {
  const rows = sqlite
    .prepare(
      `SELECT id, version, json_extract(definition, '$.name') AS name, created_at AS savedAt FROM health_scorecards
       WHERE json_valid(definition) AND json_extract(definition, '$.retired') IS NULL
       ORDER BY created_at DESC, id, version DESC`,
    )
    .all() as ScorecardVersion[];
  return rows.map((row) => ({ ...row, name: String(row.name ?? row.id) }));
}

/** One stored version as it was saved (null: a tombstone, the scorecard's retirement); undefined when never saved. */
export function readScorecardVersion(sqlite: Database.Database, id: string, version: number): { scorecard: Scorecard | null; savedAt: string } | undefined {
  const row = sqlite.prepare('SELECT definition, created_at AS savedAt FROM health_scorecards WHERE id = ? AND version = ?').get(id, version) as
    | { definition: string; savedAt: string }
    | undefined;
  return row === undefined ? undefined : { scorecard: parseDefinition(id, row.definition), savedAt: row.savedAt };
}

/** The latest stored version of an id, tombstones included (a new version goes above it); undefined when never saved. */
export function latestVersionOf(sqlite: Database.Database, id: string): { version: number; retired: boolean } | undefined {
  const row = sqlite.prepare('SELECT version, definition FROM health_scorecards WHERE id = ? ORDER BY version DESC LIMIT 1').get(id) as
    | { version: number; definition: string }
    | undefined;
  return row === undefined ? undefined : { version: row.version, retired: parseDefinition(id, row.definition) === null };
}

/** Stores a scorecard version (its id and version inside the definition); a saved version is never changed. */
export function saveScorecard(sqlite: Database.Database, card: Scorecard, nowIso: string, position = 0): void {
  compileScorecard(card);
  sqlite
    .prepare('INSERT INTO health_scorecards (id, version, position, definition, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(card.id, card.version, position, JSON.stringify(card), nowIso);
}

/** Retires a scorecard: a tombstone version above its latest, so it leaves the order and its versions stay. */
export function saveTombstone(sqlite: Database.Database, card: Scorecard, nowIso: string): void {
  const version = (latestVersionOf(sqlite, card.id)?.version ?? 0) + 1;
  sqlite
    .prepare('INSERT INTO health_scorecards (id, version, position, definition, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(card.id, version, 0, JSON.stringify({ retired: true, id: card.id, name: card.name }), nowIso);
}

/**
 * Puts the scorecards in force in this order. Only the place of each latest version changes
 * (the order is the list's, not any version's): the definitions stay as saved.
 */
export function setOrder(sqlite: Database.Database, scorecards: readonly Scorecard[]): void {
  const place = sqlite.prepare('UPDATE health_scorecards SET position = ? WHERE id = ? AND version = ?');
  scorecards.forEach((card, index) => place.run(index, card.id, card.version));
}

/** The scorecard for an account; a one-line error when no rule matches (the scorecards need a catch-all). */
export function scorecardFor(account: ScorecardTarget & { id: number }, scorecards: readonly Scorecard[]): Scorecard {
  const card = selectScorecard(account, scorecards);
  if (card === null) throw new Error(`No scorecard applies to account ${account.id} (tier ${account.tier ?? 'none'}, segment ${account.segment ?? 'none'}); add a catch-all scorecard`);
  return card;
}
