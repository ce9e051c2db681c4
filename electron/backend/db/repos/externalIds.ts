import type Database from 'better-sqlite3';

export type ExternalEntity =
  | 'account'
  | 'contact'
  | 'opportunity'
  | 'activity'
  | 'subscription'
  | 'ticket'
  | 'nps_response'
  | 'usage'
  | 'revenue_month';

/** source -> external id, for each entity id asked for. */
export function externalIdsFor(
  sqlite: Database.Database,
  entity: ExternalEntity,
  ids: readonly number[],
): Map<number, Record<string, string>> {
  const result = new Map<number, Record<string, string>>();
  if (ids.length === 0) return result;
  const statement = sqlite.prepare(
    'SELECT entity_id AS id, source, external_id AS externalId FROM external_ids WHERE entity = ? AND entity_id = ?',
  );
  for (const id of ids) {
    for (const row of statement.all(entity, id) as { id: number; source: string; externalId: string }[]) {
      const map = result.get(row.id) ?? {};
      map[row.source] = row.externalId;
      result.set(row.id, map);
    }
  }
  return result;
}

/** Every external id of one kind of entity, for whole-book listings. */
export function allExternalIds(
  sqlite: Database.Database,
  entity: ExternalEntity,
): Map<number, Record<string, string>> {
  const result = new Map<number, Record<string, string>>();
  const rows = sqlite
    .prepare('SELECT entity_id AS id, source, external_id AS externalId FROM external_ids WHERE entity = ?')
    .all(entity) as { id: number; source: string; externalId: string }[];
  for (const row of rows) {
    const map = result.get(row.id) ?? {};
    map[row.source] = row.externalId;
    result.set(row.id, map);
  }
  return result;
}
