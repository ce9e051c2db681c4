import { useEffect } from 'react';
import type { PortfolioColumnId } from './columns';
import { warmUpSteps, type PortfolioModel } from './model';

/** Most-sorted first; names last, as their ranks take the longest to build. */
const WARM_UP_ORDER: readonly PortfolioColumnId[] = [
  'arr',
  'mrr',
  'renewalDate',
  'lastTouch',
  'tier',
  'stage',
  'contactsCount',
  'owner',
  'segment',
  'status',
  'name',
];

type IdleHandle = { cancel: () => void };

function whenIdle(callback: () => void): IdleHandle {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, { timeout: 2000 });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = window.setTimeout(callback, 50);
  return { cancel: () => window.clearTimeout(id) };
}

/**
 * After the book is on screen, builds each column's sort ranks and the quick-filter text in
 * idle time, one column per idle period, so the first click on a header is as fast as the next.
 */
export function useIdleWarmUp(model: PortfolioModel): void {
  useEffect(() => {
    const steps = warmUpSteps(model, WARM_UP_ORDER);
    let handle: IdleHandle | null = null;
    const next = () => {
      const step = steps.shift();
      if (!step) return;
      step();
      handle = whenIdle(next);
    };
    handle = whenIdle(next);
    return () => handle?.cancel();
  }, [model]);
}
