import { usageSummariesOf } from './usageSummaries';
import { foldUsageSummary, windowDays } from './usageSummaryFold';
import { usageInputsFromRows, type UsageFields, type UsageGatherer } from './usageRowInputs';

export type { UsageFields } from './usageRowInputs';

/**
 * The usage inputs of the given accounts (which must exist): accounts with no usage at all are
 * left out (n/a). `seatsWanted` names the accounts whose seats must come from usage.
 *
 * Each account's usage is read from its summary (usage_summaries, rebuilt from its rows when
 * missing or unfit) and folded in memory, so a full recompute reads one row per account rather
 * than the millions of usage rows of the window. The few accounts whose rows a summary cannot
 * hold exactly (odd dates or values) are read row by row, by the same rules.
 */
export const gatherUsageInputs: UsageGatherer = (sqlite, accountIds, windows, keyFeatures, seatsWanted) => {
  const w = windowDays(windows);
  const summaries = usageSummariesOf(sqlite, accountIds, w.from56);
  const result = new Map<number, UsageFields>();
  const fromRows: number[] = [];
  for (const accountId of accountIds) {
    const summary = summaries.get(accountId);
    if (summary === undefined) continue;
    if (summary === 'rows') {
      fromRows.push(accountId);
      continue;
    }
    const fields = foldUsageSummary(summary, w, keyFeatures, seatsWanted.has(accountId));
    if (fields !== undefined) result.set(accountId, fields);
  }
  if (fromRows.length > 0) for (const [accountId, fields] of usageInputsFromRows(sqlite, fromRows, windows, keyFeatures, seatsWanted)) result.set(accountId, fields);
  return result;
};
