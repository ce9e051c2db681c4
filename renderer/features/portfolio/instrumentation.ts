import { useEffect, useRef } from 'react';
import '../../api/bridge';

/**
 * Timestamps for the benchmark (tests/bench): when the portfolio first shows rows, and when
 * it has re-rendered after each sort change. Two numbers on window; harmless in production.
 */
export function usePortfolioInstrumentation(renderedRows: number, sorting: unknown, wholeBook: boolean): void {
  const firstRowsMarked = useRef(false);
  useEffect(() => {
    if (!firstRowsMarked.current && renderedRows > 0) {
      firstRowsMarked.current = true;
      window.__csmPortfolioRendered = performance.now();
    }
  }, [renderedRows]);
  useEffect(() => {
    if (wholeBook && renderedRows > 0 && window.__csmPortfolioComplete === undefined) {
      window.__csmPortfolioComplete = performance.now();
    }
  }, [wholeBook, renderedRows]);

  const initialSorting = useRef(sorting);
  useEffect(() => {
    if (sorting === initialSorting.current) return;
    window.__csmLastSortRendered = performance.now();
  }, [sorting]);
}
