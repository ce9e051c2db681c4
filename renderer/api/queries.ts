import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Activity } from '../../shared/api';
import { useApi } from './ApiProvider';
import type { ApiClient } from './client';
import { queryKeys } from './queryKeys';

export function useWorkspaceInfo() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.workspace, queryFn: () => api.call('workspace.info', {}) });
}

/** How many rows the portfolio's first screen asks for before the whole book arrives. */
export const FIRST_SCREEN_ROWS = 100;

/** The first screen of the portfolio (by name) and the book's size: answers fast at 100k accounts. */
export function accountsFirstScreenQuery(api: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.accountsFirstScreen,
    queryFn: () => api.call('accounts.list', { limit: FIRST_SCREEN_ROWS }),
  });
}

export function useAccountsFirstScreen() {
  return useQuery(accountsFirstScreenQuery(useApi()));
}

export function useAccounts(options: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.accounts,
    enabled: options.enabled ?? true,
    queryFn: async () => (await api.call('accounts.list', {})).rows,
    // Structural sharing would deep-compare 100k rows on every refetch for no gain: the table
    // re-indexes a new array anyway.
    structuralSharing: false,
  });
}

export function useAccount(id: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.account(id), queryFn: () => api.call('accounts.get', { id }) });
}

/** Newest first, whatever order the back-end used. */
export function sortActivitiesNewestFirst(activities: readonly Activity[]): Activity[] {
  const time = (a: Activity) => {
    const ms = Date.parse(a.occurredAt);
    return Number.isNaN(ms) ? 0 : ms;
  };
  return [...activities].sort((a, b) => time(b) - time(a) || b.id - a.id);
}

export function useActivities(accountId: number) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.activities(accountId),
    queryFn: async () => sortActivitiesNewestFirst(await api.call('activities.list', { accountId })),
  });
}
