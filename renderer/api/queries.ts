import { useQuery } from '@tanstack/react-query';
import type { Activity } from '../../shared/api';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

export function useWorkspaceInfo() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.workspace, queryFn: () => api.call('workspace.info', {}) });
}

export function useAccounts() {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.accounts,
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
