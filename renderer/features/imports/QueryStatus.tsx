import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorView } from '../../components/ErrorView';

interface Props {
  query: UseQueryResult<readonly unknown[]>;
  loading: string;
  errorTitle: string;
  /** Shown when the list came back empty: says what that means, never a blank. */
  empty: ReactNode;
}

/**
 * Everything a list shows when it has no rows to show: its loading line (which holds the list's
 * place, so nothing jumps), its error with a retry, or its empty state.
 */
export function QueryStatus({ query, loading, errorTitle, empty }: Props) {
  if (query.isPending) return <p className="muted placeholder-block">{loading}</p>;
  if (query.isError) {
    return (
      <>
        <ErrorView error={query.error} title={errorTitle} />
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </>
    );
  }
  return query.data.length === 0 ? empty : null;
}
