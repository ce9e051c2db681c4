import type { Scorecard } from '../../../shared/domain/health';
import { describeError } from '../../api/errors';
import { useToast } from '../../components/Toasts';
import { checkMove, type Direction, type MoveCheck } from './order';
import { useReorderScorecards } from './scorecardQueries';
import { accountsText } from './text';

export interface ScorecardMoves {
  check: (id: string, direction: Direction) => MoveCheck;
  /** Saves the new order at once (rescoring the accounts it reaches) and offers Undo; true once the list shows it. */
  move: (id: string, direction: Direction) => Promise<boolean>;
  busy: boolean;
}

/**
 * Moving scorecards up and down the list. Each move is saved straight away (the order is not
 * part of a scorecard's draft), and a toast offers Undo, which puts the whole previous order
 * back in one step.
 */
export function useScorecardMoves(inForce: readonly Scorecard[]): ScorecardMoves {
  const reorder = useReorderScorecards();
  const toast = useToast();
  const check = (id: string, direction: Direction) => checkMove(inForce, id, direction);
  const move = async (id: string, direction: Direction): Promise<boolean> => {
    if (reorder.isPending) return false;
    const checked = check(id, direction);
    if (!checked.ok) {
      toast.show({ message: checked.reason });
      return false;
    }
    const previous = inForce.map((card) => card.id);
    const name = inForce.find((card) => card.id === id)?.name ?? id;
    try {
      const { rescored } = await reorder.mutateAsync(checked.ids);
      toast.show({ message: `Moved “${name}” ${direction}; ${accountsText(rescored)} rescored.`, undo: () => reorder.mutateAsync(previous) });
      return true;
    } catch (error) {
      toast.show({ message: `Not moved: ${describeError(error).message}`, tone: 'error' });
      return false;
    }
  };
  return { check, move, busy: reorder.isPending };
}
