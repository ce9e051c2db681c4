import { useEffect, useRef } from 'react';
import '../../api/bridge';

/**
 * Timestamps for the benchmark (tests/bench): when the portfolio first shows rows, and when
 * it has re-rendered after each sort change. Two numbers on window; harmless in production.
 */
export function usePortfolioInstrumentation(renderedRows: number, sorting: unknown): void {
  const firstRowsMarked = useRef(false);
  useEffect(() => {
    if (!firstRowsMarked.current && renderedRows > 0) {
      firstRowsMarked.current = true;
      window.__csmPortfolioRendered = performance.now();
    }
  }, [renderedRows]);

  const initialSorting = useRef(sorting);
  useEffect(() => {
    if (sorting === initialSorting.current) return;
    window.__csmLastSortRendered = performance.now();
  }, [sorting]);
}
