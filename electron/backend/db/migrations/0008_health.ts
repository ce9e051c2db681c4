import { sql, type Kysely } from 'kysely';

/**
 * Health scoring (issue 4) gets its three tables:
 *
 * - health_scorecards: every saved version of every scorecard, the definition as JSON (the
 *   shared/domain/health Scorecard). The latest version of each id is in force, ordered by
 *   `position` (the first whose rule matches an account wins). Empty here: the default scorecard
 *   is inserted at first use, so it comes from code that can improve, not from this migration.
 * - health_snapshots: one row per account and day, the latest recompute of the day winning. The
 *   computed score and band (score NULL when "not scored"), a compact per-measure breakdown, the
 *   scorecard id and version it was scored with, and the manual override in force that day, if any.
 * - health_overrides: a CSM's manual overrides (a band or a score) and pulses (1–5), each with a
 *   reason and an expiry day. Recomputes only read them; an expired one stays as history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE health_scorecards (
    id TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    position INTEGER NOT NULL DEFAULT 0,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (id, version)
  ) WITHOUT ROWID`.execute(db);

  await sql`CREATE TABLE health_snapshots (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    score INTEGER CHECK (score BETWEEN 0 AND 100),
    band TEXT NOT NULL,
    breakdown TEXT NOT NULL,
    scorecard_id TEXT NOT NULL,
    scorecard_version INTEGER NOT NULL,
    override_score REAL,
    override_band TEXT,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (account_id, date)
  ) WITHOUT ROWID`.execute(db);

  await sql`CREATE TABLE health_overrides (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('override', 'pulse')),
    band TEXT,
    score REAL CHECK (score BETWEEN 0 AND 100),
    pulse INTEGER CHECK (pulse BETWEEN 1 AND 5),
    reason TEXT NOT NULL CHECK (trim(reason) <> ''),
    expires_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK ((kind = 'pulse') = (pulse IS NOT NULL)),
    CHECK (kind = 'pulse' OR ((band IS NULL) <> (score IS NULL)))
  )`.execute(db);
  await sql`CREATE INDEX health_overrides_by_account ON health_overrides (account_id, kind, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE health_overrides`.execute(db);
  await sql`DROP TABLE health_snapshots`.execute(db);
  await sql`DROP TABLE health_scorecards`.execute(db);
}
