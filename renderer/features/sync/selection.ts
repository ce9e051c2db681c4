import { useCallback, useMemo, useState } from 'react';

export type SelectionState = 'all' | 'some' | 'none';

/** Whether every, some or none of `keys` is in `selected`. */
export function selectionState<K>(selected: ReadonlySet<K>, keys: readonly K[]): SelectionState {
  const count = keys.reduce((n, key) => n + (selected.has(key) ? 1 : 0), 0);
  if (count === 0) return 'none';
  return count === keys.length ? 'all' : 'some';
}

/** `selected` with `keys` added (on) or removed (off); a new set. */
export function setMany<K>(selected: ReadonlySet<K>, keys: readonly K[], on: boolean): Set<K> {
  const next = new Set(selected);
  for (const key of keys) {
    if (on) next.add(key);
    else next.delete(key);
  }
  return next;
}

/** `selected` less the keys that are no longer listed (resolved, dismissed). */
export function keepListed<K>(selected: ReadonlySet<K>, listed: readonly K[]): Set<K> {
  const present = new Set(listed);
  return new Set([...selected].filter((key) => present.has(key)));
}

/** A set of selected rows, pruned to what the list still shows. */
export function useSelection<K>(listed: readonly K[]) {
  const [raw, setRaw] = useState<ReadonlySet<K>>(() => new Set());
  const selected = useMemo(() => keepListed(raw, listed), [raw, listed]);
  const set = useCallback((keys: readonly K[], on: boolean) => setRaw((current) => setMany(current, keys, on)), []);
  const clear = useCallback(() => setRaw(new Set()), []);
  return { selected, set, clear };
}
