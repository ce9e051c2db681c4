/**
 * The accounts an input query reads, as SQL over named parameters :ids, :lo and :hi. A full
 * recompute goes through the book in chunks of consecutive ids: there a range scan of the
 * account_id index beats looking each id up in a JSON list (a third faster on the ticket,
 * renewal and NPS queries of a 20,000-account book). Ids spread thinly (one account, a few
 * edited ones) stay a list, so a range never scans accounts nobody asked for. A range may hold
 * accounts that are not asked for (never more than as many again): callers look rows up by id.
 */
export interface IdScope {
  ids: string;
  lo: number;
  hi: number;
  /** True when the ids fill at least half of lo..hi. */
  dense: boolean;
}

export function idScope(accountIds: readonly number[]): IdScope {
  let lo = Infinity;
  let hi = -Infinity;
  for (const id of accountIds) {
    if (id < lo) lo = id;
    if (id > hi) hi = id;
  }
  return { ids: JSON.stringify(accountIds), lo, hi, dense: accountIds.length > 0 && hi - lo < accountIds.length * 2 };
}

/** `column` is one of the scope's accounts (or, for a range, between them). */
export function inScope(column: string, scope: IdScope): string {
  return scope.dense ? `${column} BETWEEN :lo AND :hi` : `${column} IN (SELECT value FROM json_each(:ids))`;
}
