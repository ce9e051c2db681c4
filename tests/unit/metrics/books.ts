import type { AccountId, RevenueRow } from '../../../shared/domain/metrics';

/** Month-end MRR per account, as a table: `{ 1: { '2024-02': 100, '2024-03': 120 } }`. */
export type Book = Record<AccountId, Record<string, number>>;

export function revenueRows(book: Book): RevenueRow[] {
  return Object.entries(book).flatMap(([accountId, months]) =>
    Object.entries(months).map(([period, mrr]) => ({ accountId: Number(accountId), period, mrr })),
  );
}

/**
 * One month, 2024-03: the start is the end of 2024-02.
 *
 * | account | 2024-01 | 2024-02 | 2024-03 | movement in March              |
 * |---------|---------|---------|---------|--------------------------------|
 * | 1       |         | 100     | 100     | flat                           |
 * | 2       |         | 200     | 250     | expansion 50                   |
 * | 3       |         | 300     | 240     | contraction 60                 |
 * | 4       |         | 150     |         | churned 150                    |
 * | 5       |         |         | 80      | new 80 (never paid before)     |
 * | 6       | 120     | 0       | 90      | reactivation 90 (paid in Jan)  |
 * | 7       |         | 50      | 1       | contraction 49, not churn      |
 *
 * Start: accounts 1, 2, 3, 4, 7 = 100 + 200 + 300 + 150 + 50 = 800 MRR, 5 customers.
 * End: 100 + 250 + 240 + 80 + 90 + 1 = 761 MRR, 6 customers (1, 2, 3, 5, 6, 7).
 * Contraction 60 + 49 = 109. Check: 800 + 80 + 50 + 90 − 109 − 150 = 761.
 */
export const MARCH: Book = {
  1: { '2024-02': 100, '2024-03': 100 },
  2: { '2024-02': 200, '2024-03': 250 },
  3: { '2024-02': 300, '2024-03': 240 },
  4: { '2024-02': 150 },
  5: { '2024-03': 80 },
  6: { '2024-01': 120, '2024-02': 0, '2024-03': 90 },
  7: { '2024-02': 50, '2024-03': 1 },
};

/** The account ids of a drill-down list, in its order. */
export const ids = (list: readonly { accountId: AccountId }[]): AccountId[] => list.map((item) => item.accountId);

/** Every number anywhere in a value, with its path, to look for NaN and Infinity. */
export function numbersIn(value: unknown, path = '$'): { path: string; value: number }[] {
  if (typeof value === 'number') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersIn(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  return [];
}
