import { asOfDay, type AsOf } from './dates';
import { compileScorecard, exactScoreOf, METRIC_COUNT, readMetricsInto, wholeScore, type CompiledScorecard } from './engine';
import type { HealthInputs } from './inputs';
import { bandIndexOf, NOT_SCORED, NOT_SCORED_LABEL, type Scorecard } from './scorecard';

export type AccountId = number | string;

export interface WhatIfAccount {
  id: AccountId;
  arr: number;
  inputs: HealthInputs;
}

export interface BandTotal {
  band: string;
  bandLabel: string;
  accounts: number;
  arr: number;
}

export interface BandMove {
  from: string;
  fromLabel: string;
  to: string;
  toLabel: string;
  accounts: number;
  arr: number;
  /** In the order the accounts were given. */
  accountIds: AccountId[];
}

export interface ScorecardComparison {
  /** Per band of the current scorecard, then "not scored". */
  before: BandTotal[];
  /** Per band of the proposed scorecard, then "not scored". */
  after: BandTotal[];
  /** Every pair of different bands at least one account moves between. */
  moves: BandMove[];
  moved: { accounts: number; arr: number };
  unchanged: { accounts: number; arr: number };
}

interface Columns {
  ids: string[];
  labels: string[];
}

/** A scorecard's bands, then "not scored" last: the band index of an unscored account is bands.length. */
function columnsOf(card: Scorecard): Columns {
  return {
    ids: [...card.bands.map((band) => band.id), NOT_SCORED],
    labels: [...card.bands.map((band) => band.label), NOT_SCORED_LABEL],
  };
}

function columnOf(card: CompiledScorecard, readings: Float64Array, offset: number): number {
  const exact = exactScoreOf(card, readings, offset);
  return Number.isNaN(exact) ? card.card.bands.length : bandIndexOf(card.card.bands, wholeScore(exact));
}

/**
 * A book's raw values, read once: row i holds account i's readings (NaN for n/a). Raw values do
 * not depend on the scorecard, so a scorecard editor reads the book once and compares on every
 * keystroke without touching the inputs again.
 */
export interface HealthBook {
  readonly ids: readonly AccountId[];
  readonly arr: Float64Array;
  readonly readings: Float64Array;
}

/** Reads every metric of every account into one buffer for the whole book: nothing is allocated per account. */
export function readBook(accounts: readonly WhatIfAccount[], asOf: AsOf): HealthBook {
  const day = asOfDay(asOf);
  const readings = new Float64Array(accounts.length * METRIC_COUNT);
  const arr = new Float64Array(accounts.length);
  accounts.forEach((account, index) => {
    if (!Number.isFinite(account.arr)) throw new Error(`Account ${String(account.id)}: arr must be a finite number (got ${String(account.arr)})`);
    arr[index] = account.arr;
    readMetricsInto(account.inputs, day, readings, index * METRIC_COUNT);
  });
  return { ids: accounts.map((account) => account.id), arr, readings };
}

/**
 * How a proposed scorecard would reclassify a book before it is saved: accounts and ARR per band
 * under each scorecard, and which accounts move between which bands. Overrides are left out:
 * this compares what the scorecards compute.
 */
export function compareScorecards(accounts: readonly WhatIfAccount[], current: Scorecard, proposed: Scorecard, asOf: AsOf): ScorecardComparison {
  return compareOnBook(readBook(accounts, asOf), current, proposed);
}

/** compareScorecards on a book read beforehand; allocates nothing per account but the ids of those that move. */
export function compareOnBook(book: HealthBook, current: Scorecard, proposed: Scorecard): ScorecardComparison {
  const before = compileScorecard(current);
  const after = compileScorecard(proposed);
  const from = columnsOf(current);
  const to = columnsOf(proposed);
  const width = to.ids.length;
  const counts = new Float64Array(from.ids.length * width);
  const arrs = new Float64Array(from.ids.length * width);
  const movedIds = new Map<number, AccountId[]>();

  for (let index = 0; index < book.ids.length; index++) {
    const offset = index * METRIC_COUNT;
    const row = columnOf(before, book.readings, offset);
    const column = columnOf(after, book.readings, offset);
    const cell = row * width + column;
    counts[cell]!++;
    arrs[cell]! += book.arr[index]!;
    if (from.ids[row] === to.ids[column]) continue;
    const ids = movedIds.get(cell);
    if (ids === undefined) movedIds.set(cell, [book.ids[index]!]);
    else ids.push(book.ids[index]!);
  }

  const comparison: ScorecardComparison = {
    before: from.ids.map((band, index) => ({ band, bandLabel: from.labels[index]!, accounts: 0, arr: 0 })),
    after: to.ids.map((band, index) => ({ band, bandLabel: to.labels[index]!, accounts: 0, arr: 0 })),
    moves: [],
    moved: { accounts: 0, arr: 0 },
    unchanged: { accounts: 0, arr: 0 },
  };
  for (let row = 0; row < from.ids.length; row++) {
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
        from: from.ids[row]!, fromLabel: from.labels[row]!, to: to.ids[column]!, toLabel: to.labels[column]!, accounts: count, arr, accountIds: ids,
      });
    }
  }
  return comparison;
}

function add(total: { accounts: number; arr: number }, accounts: number, arr: number): void {
  total.accounts += accounts;
  total.arr += arr;
}
