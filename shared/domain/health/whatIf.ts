import { asOfDay, type AsOf } from './dates';
import { METRIC_COUNT, readMetricsInto } from './engine';
import type { HealthInputs } from './inputs';
import type { Scorecard } from './scorecard';
import { compareSides, sideOf } from './whatIfCore';

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
  const everyone = () => 0;
  return compareSides(book, sideOf([current]), sideOf([proposed]), everyone, everyone);
}
