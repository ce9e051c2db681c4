import { compileScorecard, exactScoreOf, METRIC_COUNT, wholeScore, type CompiledScorecard } from './engine';
import { bandIndexOf, NOT_SCORED, NOT_SCORED_LABEL, type Scorecard } from './scorecard';
import type { AccountId, HealthBook, ScorecardComparison } from './whatIf';

/**
 * The counting loop behind every what-if: each account lands in one column (a band, or "not
 * scored") before and one after, and the matrix of those pairs gives the totals and the moves.
 */

/** One side of a comparison: its scorecards compiled, and the columns their bands fall in. */
export interface Side {
  readonly cards: readonly CompiledScorecard[];
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  /** Per scorecard, per band: its column. */
  readonly bandColumns: readonly Int32Array[];
  /** The last column: accounts without enough data, or that no scorecard applies to. */
  readonly notScored: number;
}

/**
 * The columns of a list of scorecards: every band id once (scorecards sharing "red" share its
 * column), ordered by where the band first seen with that id starts, then "not scored" last.
 * For one scorecard these are its bands in order.
 */
export function sideOf(scorecards: readonly Scorecard[]): Side {
  const cards = scorecards.map(compileScorecard);
  const first = new Map<string, { label: string; min: number; order: number }>();
  for (const card of scorecards) {
    for (const band of card.bands) if (!first.has(band.id)) first.set(band.id, { label: band.label, min: band.min, order: first.size });
  }
  const ids = [...first.keys()].sort((a, b) => first.get(a)!.min - first.get(b)!.min || first.get(a)!.order - first.get(b)!.order);
  const column = new Map(ids.map((id, index) => [id, index]));
  return {
    cards,
    ids: [...ids, NOT_SCORED],
    labels: [...ids.map((id) => first.get(id)!.label), NOT_SCORED_LABEL],
    bandColumns: scorecards.map((card) => Int32Array.from(card.bands, (band) => column.get(band.id)!)),
    notScored: ids.length,
  };
}

/** The column of the account whose readings start at `offset`, scored with scorecard `cardIndex` of the side (-1: none applies). */
function columnOf(side: Side, cardIndex: number, readings: Float64Array, offset: number): number {
  if (cardIndex < 0) return side.notScored;
  const card = side.cards[cardIndex]!;
  const exact = exactScoreOf(card, readings, offset);
  if (Number.isNaN(exact)) return side.notScored;
  const band = bandIndexOf(card.card.bands, wholeScore(exact));
  return band < 0 ? side.notScored : side.bandColumns[cardIndex]![band]!;
}

/** Which scorecard of a side scores book account `index`: its index in the side, or -1. */
export type CardPicker = (index: number) => number;

/** Every book account's column on a side: what a list of scorecards that does not change gives, worked out once. */
export function columnsOn(book: HealthBook, side: Side, pick: CardPicker): Int32Array {
  const columns = new Int32Array(book.ids.length);
  for (let index = 0; index < columns.length; index++) columns[index] = columnOf(side, pick(index), book.readings, index * METRIC_COUNT);
  return columns;
}

/**
 * Counts the book into the before × after matrix; allocates nothing per account but the ids of
 * those that move. `pickBefore` is either a picker or the before columns from columnsOn.
 */
export function compareSides(book: HealthBook, before: Side, after: Side, pickBefore: CardPicker | Int32Array, pickAfter: CardPicker): ScorecardComparison {
  const width = after.ids.length;
  const counts = new Float64Array(before.ids.length * width);
  const arrs = new Float64Array(before.ids.length * width);
  const movedIds = new Map<number, AccountId[]>();

  for (let index = 0; index < book.ids.length; index++) {
    const offset = index * METRIC_COUNT;
    const row = typeof pickBefore === 'function' ? columnOf(before, pickBefore(index), book.readings, offset) : pickBefore[index]!;
    const column = columnOf(after, pickAfter(index), book.readings, offset);
    const cell = row * width + column;
    counts[cell]!++;
    arrs[cell]! += book.arr[index]!;
    if (before.ids[row] === after.ids[column]) continue;
    const ids = movedIds.get(cell);
    if (ids === undefined) movedIds.set(cell, [book.ids[index]!]);
    else ids.push(book.ids[index]!);
  }

  const comparison: ScorecardComparison = {
    before: before.ids.map((band, index) => ({ band, bandLabel: before.labels[index]!, accounts: 0, arr: 0 })),
    after: after.ids.map((band, index) => ({ band, bandLabel: after.labels[index]!, accounts: 0, arr: 0 })),
    moves: [],
    moved: { accounts: 0, arr: 0 },
    unchanged: { accounts: 0, arr: 0 },
  };
  for (let row = 0; row < before.ids.length; row++) {
    for (let column = 0; column < width; column++) {
      const cell = row * width + column;
      const count = counts[cell]!;
      if (count === 0) continue;
      const arr = arrs[cell]!;
      add(comparison.before[row]!, count, arr);
      add(comparison.after[column]!, count, arr);
      const ids = movedIds.get(cell);
      if (ids === undefined) {
        add(comparison.unchanged, count, arr);
        continue;
      }
      add(comparison.moved, count, arr);
      comparison.moves.push({
        from: before.ids[row]!, fromLabel: before.labels[row]!, to: after.ids[column]!, toLabel: after.labels[column]!, accounts: count, arr, accountIds: ids,
      });
    }
  }
  return comparison;
}

function add(total: { accounts: number; arr: number }, accounts: number, arr: number): void {
  total.accounts += accounts;
  total.arr += arr;
}
