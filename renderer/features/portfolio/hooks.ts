import { useEffect, useRef, type RefObject } from 'react';
import { isEditableTarget } from '../../components/keyboard';
import { saveViewState, type PortfolioViewState } from './viewState';

/** "/" focuses (and selects) the quick filter from anywhere outside a text field. */
export function useSlashFocuses(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditableTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [input]);
}

/** Saves the table's view (and scroll position) when the portfolio is left, for the next visit. */
export function useRememberView(
  view: Omit<PortfolioViewState, 'scrollTop'>,
  scroller: RefObject<HTMLElement | null>,
): void {
  const latest = useRef(view);
  latest.current = view;
  useEffect(() => {
    const element = scroller.current;
    return () => saveViewState({ ...latest.current, scrollTop: element?.scrollTop ?? 0 });
  }, [scroller]);
}
