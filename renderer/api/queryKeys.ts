/** TanStack Query keys, in one place so mutations and events invalidate the same things. */
export const queryKeys = {
  workspace: ['workspace'] as const,
  accounts: ['accounts'] as const,
  /** Under the accounts key, so whatever invalidates the book refreshes it too. */
  accountsFirstScreen: ['accounts', 'first-screen'] as const,
  account: (id: number) => ['account', id] as const,
  activities: (accountId: number) => ['activities', accountId] as const,
  /** Every Metrics dashboard query: health totals, the at-risk list and revenue figures move with the book. */
  metrics: ['metrics'] as const,
};
