import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Activity, AccountDetail, Input } from '../../shared/api';
import { useApi } from './ApiProvider';
import { switchWorkspaceCache } from './cache';
import { sortActivitiesNewestFirst } from './queries';
import { queryKeys } from './queryKeys';

export function useCreateAccount() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'accounts.create'>) => api.call('accounts.create', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.accounts });
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspace });
    },
  });
}

export function useUpdateAccount() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'accounts.update'>) => api.call('accounts.update', input),
    onSuccess: ({ account }) => {
      queryClient.setQueryData<AccountDetail>(queryKeys.account(account.id), (old) =>
        old ? { ...old, account } : old,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.accounts });
    },
  });
}

function useContactMutation<M extends 'contacts.create' | 'contacts.update' | 'contacts.delete'>(method: M) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<M>) => api.call(method, input),
    onSuccess: (contact) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.account(contact.accountId) });
      // contactsCount in the portfolio.
      void queryClient.invalidateQueries({ queryKey: queryKeys.accounts });
    },
  });
}

export const useCreateContact = () => useContactMutation('contacts.create');
export const useUpdateContact = () => useContactMutation('contacts.update');
export const useDeleteContact = () => useContactMutation('contacts.delete');

export function useLogActivity() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'activities.log'>) => api.call('activities.log', input),
    onSuccess: (activity) => {
      // Show it in the timeline at once, then let the list refetch behind it.
      queryClient.setQueryData<Activity[]>(queryKeys.activities(activity.accountId), (old) =>
        sortActivitiesNewestFirst([activity, ...(old ?? []).filter((a) => a.id !== activity.id)]),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.activities(activity.accountId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.accounts }); // lastTouch
    },
  });
}

function useWorkspaceSwitch<M extends 'workspace.create' | 'workspace.open'>(method: M) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<M>) => api.call(method, input),
    onSuccess: (info) => switchWorkspaceCache(queryClient, info),
  });
}

export const useCreateWorkspace = () => useWorkspaceSwitch('workspace.create');
export const useOpenWorkspace = () => useWorkspaceSwitch('workspace.open');
