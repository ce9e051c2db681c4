import { AppError } from '../../api/errors';
import { dayReader } from './calendar';
import type { AccountId, AccountNps, NpsCounts, NpsResponse } from './types';

export interface NpsSummary {
  nps: number | null;
  counts: NpsCounts;
  byAccount: AccountNps[];
}

const emptyCounts = (): NpsCounts => ({ promoters: 0, passives: 0, detractors: 0, total: 0 });

/** % promoters (9–10) − % detractors (0–6); passives (7–8) count in the denominator. −100..100, null without responses. */
export function netPromoterScore(counts: NpsCounts): number | null {
  return counts.total > 0 ? ((counts.promoters - counts.detractors) / counts.total) * 100 : null;
}

function tally(counts: NpsCounts, score: number): void {
  if (score >= 9) counts.promoters += 1;
  else if (score >= 7) counts.passives += 1;
  else counts.detractors += 1;
  counts.total += 1;
}

/**
 * NPS of the responses dated from `fromDay` to `toDay` (day numbers, inclusive), for the book
 * and per account. Every response counts once, so the book's NPS weighs accounts by how many
 * of their contacts answered, as a survey tool reports it.
 */
export function npsSummary(responses: readonly NpsResponse[], includes: (accountId: AccountId) => boolean, fromDay: number, toDay: number): NpsSummary {
  const readDay = dayReader('NPS response date');
  const counts = emptyCounts();
  const perAccount = new Map<AccountId, NpsCounts>();
  for (const response of responses) {
    const { score } = response;
    if (!Number.isInteger(score) || score < 0 || score > 10) {
      throw new AppError('BAD_INPUT', `NPS response of account ${response.accountId}: expected a whole score from 0 to 10, got ${String(score)}`);
    }
    const day = readDay(response.date);
    if (day < fromDay || day > toDay || !includes(response.accountId)) continue;
    tally(counts, score);
    let accountCounts = perAccount.get(response.accountId);
    if (!accountCounts) {
      accountCounts = emptyCounts();
      perAccount.set(response.accountId, accountCounts);
    }
    tally(accountCounts, score);
  }
  const byAccount = [...perAccount]
    .sort(([a], [b]) => a - b)
    .map(([accountId, accountCounts]) => ({ accountId, nps: netPromoterScore(accountCounts) ?? 0, ...accountCounts }));
  return { nps: netPromoterScore(counts), counts, byAccount };
}
