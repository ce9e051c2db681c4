import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountHealthDetail, Input } from '../../../shared/api';
import { useApi } from '../../api/ApiProvider';
import { queryKeys } from '../../api/queryKeys';

/** Under the account's key, so an 'accounts.changed' event for it (a rescore) refreshes the health too. */
export const accountHealthKey = (accountId: number) => [...queryKeys.account(accountId), 'health'] as const;

export function useAccountHealth(accountId: number) {
  const api = useApi();
  return useQuery({ queryKey: accountHealthKey(accountId), queryFn: () => api.call('health.get', { accountId }) });
}

/** One change to an account's pulse or override; every one answers with the account's health after it. */
export type HealthChange =
  | { method: 'health.setPulse'; input: Input<'health.setPulse'> }
  | { method: 'health.setOverride'; input: Input<'health.setOverride'> }
  | { method: 'health.clearOverride'; input: Input<'health.clearOverride'> };

export function useHealthChange() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: HealthChange): Promise<AccountHealthDetail> => {
      switch (change.method) {
        case 'health.setPulse':
          return api.call(change.method, change.input);
        case 'health.setOverride':
          return api.call(change.method, change.input);
        case 'health.clearOverride':
          return api.call(change.method, change.input);
      }
    },
    onSuccess: (detail) => {
      queryClient.setQueryData(accountHealthKey(detail.accountId), detail);
      void queryClient.invalidateQueries({ queryKey: queryKeys.accounts }); // the portfolio's health columns
    },
  });
}
