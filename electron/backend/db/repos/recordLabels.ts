import type Database from 'better-sqlite3';

/** A record named by its entity (as in external_ids and the sync tables) and id. */
export interface RecordRef {
  entity: string;
  entityId: number;
}

type LabelQuery = (sqlite: Database.Database) => (id: number) => string | null;

const joinWords = (...parts: (string | null | undefined)[]) => parts.filter((part) => part && part.trim() !== '').join(' ');

/** Per entity: the query that reads what names a record, and how it reads in words. */
const LABELS: Record<string, LabelQuery> = {
  account: (sqlite) => {
    const statement = sqlite.prepare('SELECT name FROM accounts WHERE id = ?');
    return (id) => (statement.get(id) as { name: string } | undefined)?.name ?? null;
  },
  contact: (sqlite) => {
    const statement = sqlite.prepare(
      `SELECT c.first_name AS first, c.last_name AS last, c.email, a.name AS account
       FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id WHERE c.id = ?`,
    );
    return (id) => {
      const row = statement.get(id) as { first: string; last: string; email: string | null; account: string | null } | undefined;
      if (!row) return null;
      const name = joinWords(row.first, row.last);
      const who = name && row.email ? `${name} <${row.email}>` : name || row.email || `contact #${id}`;
      return row.account ? `${who}, ${row.account}` : who;
    };
  },
  subscription: (sqlite) => {
    const statement = sqlite.prepare(
      `SELECT s.start_date AS start, s.end_date AS end, a.name AS account
       FROM subscriptions s LEFT JOIN accounts a ON a.id = s.account_id WHERE s.id = ?`,
    );
    return (id) => {
      const row = statement.get(id) as { start: string; end: string | null; account: string | null } | undefined;
      if (!row) return null;
      const span = row.end ? `${row.start} to ${row.end}` : `from ${row.start}`;
      return `${row.account ?? 'unknown account'}: subscription ${span}`;
    };
  },
  opportunity: (sqlite) => {
    const statement = sqlite.prepare('SELECT name FROM opportunities WHERE id = ?');
    return (id) => (statement.get(id) as { name: string } | undefined)?.name ?? null;
  },
  activity: (sqlite) => {
    const statement = sqlite.prepare("SELECT subject, substr(occurred_at, 1, 10) AS day FROM activities WHERE id = ?");
    return (id) => {
      const row = statement.get(id) as { subject: string; day: string } | undefined;
      return row ? `${row.subject} (${row.day})` : null;
    };
  },
};

/**
 * Names records in words for the Sync review screen ("Acme Corp", "Jane Doe <jane@acme.com>,
 * Acme Corp"). Statements are prepared once per entity, so labelling a long list stays cheap.
 * A record no longer in the workspace still gets a label that says so.
 */
export function createRecordLabeler(sqlite: Database.Database): (ref: RecordRef) => string {
  const byEntity = new Map<string, (id: number) => string | null>();
  return ({ entity, entityId }) => {
    let label = byEntity.get(entity);
    if (label === undefined) {
      const query = LABELS[entity];
      label = query ? query(sqlite) : () => null;
      byEntity.set(entity, label);
    }
    return label(entityId) ?? `${entity} #${entityId} (no longer in the workspace)`;
  };
}
