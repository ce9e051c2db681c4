import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input, ScorecardsState } from '../../../shared/api';
import { useApi } from '../../api/ApiProvider';
import { queryKeys } from '../../api/queryKeys';

/** The scorecard editor's cache keys. */
export const scorecardKeys = {
  scorecards: ['scorecards'] as const,
  /** Under the accounts key: any change to accounts (an edit, an import, a save here) makes the readings stale. */
  book: [...queryKeys.accounts, 'health-book'] as const,
  keyFeatures: ['health', 'key-features'] as const,
};

export function useScorecards() {
  const api = useApi();
  return useQuery({ queryKey: scorecardKeys.scorecards, queryFn: () => api.call('scorecards.list', {}) });
}

/** The book's raw readings, read once per change of the book; the what-if scores them on every edit. */
export function useHealthBook() {
  const api = useApi();
  return useQuery({ queryKey: scorecardKeys.book, queryFn: () => api.call('health.book', {}), structuralSharing: false });
}

export function useKeyFeatures() {
  const api = useApi();
  return useQuery({ queryKey: scorecardKeys.keyFeatures, queryFn: () => api.call('health.keyFeatures', {}) });
}

/** Scores changed: the portfolio, the account pages and the book all show them. */
function useRefreshScores() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: scorecardKeys.scorecards });
    void queryClient.invalidateQueries({ queryKey: queryKeys.accounts });
    void queryClient.invalidateQueries({ queryKey: ['account'] });
  };
}

export function useSaveScorecard() {
  const api = useApi();
  const refresh = useRefreshScores();
  return useMutation({ mutationFn: (input: Input<'scorecards.save'>) => api.call('scorecards.save', input), onSuccess: refresh });
}

export function useDeleteScorecard() {
  const api = useApi();
  const refresh = useRefreshScores();
  return useMutation({ mutationFn: (id: string) => api.call('scorecards.delete', { id }), onSuccess: refresh });
}

/** Puts the scorecards in this order (every id once); the back-end rescores the accounts another scorecard now scores. */
export function useReorderScorecards() {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshScores();
  return useMutation({
    mutationFn: (ids: string[]) => api.call('scorecards.reorder', { ids }),
    onSuccess: ({ scorecards }) => {
      // The list shows the new order as the call resolves (its history is unchanged: a move adds no version).
      queryClient.setQueryData<ScorecardsState>(scorecardKeys.scorecards, (state) => (state === undefined ? state : { ...state, scorecards }));
      refresh();
    },
  });
}

/** One saved version as it was saved; a saved version never changes, so it is read once (and kept apart from the list's key, which every save refreshes). */
export function useScorecardVersion(target: { id: string; version: number } | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['scorecard-version', target?.id, target?.version],
    queryFn: () => api.call('scorecards.version', target!),
    enabled: target !== null,
    staleTime: Infinity,
  });
}

export function useSetKeyFeatures() {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshScores();
  return useMutation({
    mutationFn: (features: string[]) => api.call('health.setKeyFeatures', { features }),
    onSuccess: (state) => {
      queryClient.setQueryData(scorecardKeys.keyFeatures, state);
      refresh();
    },
  });
}
