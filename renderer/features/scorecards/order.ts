import { isCatchAll, validateScorecardSet, type Scorecard } from '../../../shared/domain/health';

/**
 * Moving a scorecard up or down the list. The order decides which scorecard scores an account
 * (the first whose rule matches), and the catch-all stays last: a move that would break that is
 * refused here with the reason, before anything is sent.
 */
export type MoveCheck = { ok: true; ids: string[] } | { ok: false; reason: string };

export type Direction = 'up' | 'down';

export function checkMove(scorecards: readonly Scorecard[], id: string, direction: Direction): MoveCheck {
  const index = scorecards.findIndex((card) => card.id === id);
  if (index === -1) return { ok: false, reason: 'This scorecard is not in force' };
  const card = scorecards[index]!;
  if (isCatchAll(card.appliesTo)) return { ok: false, reason: `“${card.name}” applies to every account, so it stays last` };
  const other = index + (direction === 'up' ? -1 : 1);
  if (other < 0) return { ok: false, reason: `“${card.name}” is already first` };
  if (other >= scorecards.length) return { ok: false, reason: `“${card.name}” is already last` };
  const moved = [...scorecards];
  moved[index] = scorecards[other]!;
  moved[other] = card;
  if (validateScorecardSet(moved).length > 0) {
    return { ok: false, reason: `Below “${scorecards[other]!.name}”, which applies to every account, “${card.name}” would never be used` };
  }
  return { ok: true, ids: moved.map((each) => each.id) };
}

/** The key that moves the focused scorecard: Alt+ArrowUp / Alt+ArrowDown, nothing else held. */
export function moveKey(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): Direction | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return event.key === 'ArrowUp' ? 'up' : event.key === 'ArrowDown' ? 'down' : null;
}
