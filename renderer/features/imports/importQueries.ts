import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import { useApi } from '../../api/ApiProvider';
import { refreshCachedData } from '../../api/cache';
import { queryKeys } from '../../api/queryKeys';

/** Query keys of the import screens (history, sync review, saved mappings). */
export const importKeys = {
  history: ['imports', 'history'] as const,
  conflicts: ['imports', 'conflicts'] as const,
  missing: ['imports', 'missing'] as const,
  mappings: ['imports', 'mappings'] as const,
};

/**
 * An import, an undo or a resolution changes records, batches and the review lists at once:
 * everything derived from them is refetched (screens that show it at once, the others on visit).
 * Resolves once the shown lists are fresh, so a mutation's callers see the new state.
 */
export async function invalidateImportedData(queryClient: QueryClient): Promise<void> {
  await refreshCachedData(queryClient, [
    ['imports'],
    queryKeys.accounts,
    queryKeys.workspace,
    ['account'],
    ['activities'],
    queryKeys.metrics,
  ]);
}

export function useImportHistory() {
  const api = useApi();
  return useQuery({ queryKey: importKeys.history, queryFn: () => api.call('imports.history', {}) });
}

export function useConflicts() {
  const api = useApi();
  return useQuery({ queryKey: importKeys.conflicts, queryFn: () => api.call('conflicts.list', {}) });
}

export function useMissingRecords() {
  const api = useApi();
  return useQuery({ queryKey: importKeys.missing, queryFn: () => api.call('missing.list', {}) });
}

export function useSavedMappings() {
  const api = useApi();
  return useQuery({ queryKey: importKeys.mappings, queryFn: () => api.call('mappings.list', {}) });
}

export function useUndoImport() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batchId: number) => api.call('imports.undo', { batchId }),
    onSettled: () => invalidateImportedData(queryClient),
  });
}

export function useResolveConflicts() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'conflicts.resolve'>) => api.call('conflicts.resolve', input),
    onSettled: () => invalidateImportedData(queryClient),
  });
}

export function useDismissMissing() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'missing.dismiss'>) => api.call('missing.dismiss', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importKeys.missing }),
  });
}

export function useSaveMapping() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'mappings.save'>) => api.call('mappings.save', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: importKeys.mappings }),
  });
}
