/**
 * The one ARR every view weighs and ranks accounts by ("effective ARR"). Many exports (RavenStack,
 * most billing extracts) carry no ARR column, while their revenue history does say what each
 * customer pays; DOMAIN.md: "Every revenue metric comes from it." So, first rule that applies:
 *
 * 1. `entered`: the account's own ARR field when it is above 0. The column is NOT NULL with a
 *    default of 0 and the importer writes 0 when a file has no ARR, so 0 (like null) means "not
 *    entered". An entered ARR always wins, even on a churned account: it is what the user or the
 *    CRM said, and the views that weigh risk leave churned accounts out anyway.
 * 2. `churned`: an account whose status is churned has no recurring revenue left: 0.
 * 3. `revenue`: 12 × its current MRR from the revenue history. Current means the book's latest
 *    month at or before today for a monthly history (an account with no row that month has lost
 *    all its MRR: 0, as the metrics engine reads it), or the subscriptions active today. An
 *    account whose history says 0 stays at 0: the history knows better than a stale MRR field.
 * 4. `mrr`: 12 × the account's MRR field, when it has no revenue history up to today.
 * 5. `none`: nothing to go by: 0.
 */
export type ArrSource = 'entered' | 'churned' | 'revenue' | 'mrr' | 'none';

export interface ArrFacts {
  /** The account's ARR field. */
  arr: number | null;
  status: string;
  /** The account's MRR field. */
  mrr: number | null;
  /** Its current MRR from the revenue history; null when it has no revenue history up to today. */
  revenueMrr: number | null;
}

export interface EffectiveArr {
  arr: number;
  source: ArrSource;
}

const MONTHS_PER_YEAR = 12;

const positive = (value: number | null): value is number => value !== null && Number.isFinite(value) && value > 0;

export function effectiveArr(facts: ArrFacts): EffectiveArr {
  if (positive(facts.arr)) return { arr: facts.arr, source: 'entered' };
  if (facts.status === 'churned') return { arr: 0, source: 'churned' };
  if (facts.revenueMrr !== null && Number.isFinite(facts.revenueMrr)) {
    return { arr: MONTHS_PER_YEAR * Math.max(0, facts.revenueMrr), source: 'revenue' };
  }
  if (positive(facts.mrr)) return { arr: MONTHS_PER_YEAR * facts.mrr, source: 'mrr' };
  return { arr: 0, source: 'none' };
}

/** True when the ARR shown was not entered but worked out (the UI must say so). */
export function isDerivedArr(source: ArrSource): boolean {
  return source === 'revenue' || source === 'mrr';
}

/** What a derived ARR is, in words, for a tooltip beside the figure. */
export function describeArrSource(source: ArrSource): string {
  switch (source) {
    case 'entered':
      return 'ARR as entered on the account';
    case 'churned':
      return 'Churned: no ARR';
    case 'revenue':
      return 'No ARR entered: 12 × current MRR from the revenue history';
    case 'mrr':
      return "No ARR entered: 12 × the account's MRR field";
    case 'none':
      return 'No ARR entered and no revenue to derive it from';
  }
}
