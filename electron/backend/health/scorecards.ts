import type Database from 'better-sqlite3';
import { compileScorecard, defaultScorecard, selectScorecard, type Scorecard, type ScorecardTarget } from '../../../shared/domain/health';

/**
 * The scorecards in force: the latest version of each, in `position` order (the first whose
 * rule matches an account wins, so the catch-all goes last). A workspace without any gets the
 * default scorecard saved as version 1 the first time one is needed.
 */
export function loadScorecards(sqlite: Database.Database, nowIso: string): Scorecard[] {
  const read = () =>
    sqlite
      .prepare(
        `SELECT s.id, s.definition FROM health_scorecards s
         WHERE s.version = (SELECT max(version) FROM health_scorecards v WHERE v.id = s.id)
         ORDER BY s.position, s.id`,
      )
      .all() as { id: string; definition: string }[];
  let rows = read();
  if (rows.length === 0) {
    saveScorecard(sqlite, defaultScorecard(), nowIso, 1_000_000);
    rows = read();
  }
  return rows.map((row) => parseScorecard(row.id, row.definition));
}

function parseScorecard(id: string, definition: string): Scorecard {
  let card: Scorecard;
  try {
    card = JSON.parse(definition) as Scorecard;
  } catch {
    throw new Error(`Scorecard ${id} is stored damaged (not JSON)`);
  }
  compileScorecard(card); // a one-line error naming what is wrong, before any account is scored with it
  return card;
}

/** Stores a scorecard version (its id and version inside the definition); a saved version is never changed. */
export function saveScorecard(sqlite: Database.Database, card: Scorecard, nowIso: string, position = 0): void {
  compileScorecard(card);
  sqlite
    .prepare('INSERT INTO health_scorecards (id, version, position, definition, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(card.id, card.version, position, JSON.stringify(card), nowIso);
}

/** The scorecard for an account; a one-line error when no rule matches (the scorecards need a catch-all). */
export function scorecardFor(account: ScorecardTarget & { id: number }, scorecards: readonly Scorecard[]): Scorecard {
  const card = selectScorecard(account, scorecards);
  if (card === null) throw new Error(`No scorecard applies to account ${account.id} (tier ${account.tier ?? 'none'}, segment ${account.segment ?? 'none'}); add a catch-all scorecard`);
  return card;
}
