import type { AccountId, AccountMrrChange, AccountUsage, MetricsReport, RevenueDrilldown } from './types';

/** The metrics that drill down, by their report key. */
export type DrilldownMetric =
  | 'logoChurnRate'
  | 'grossMrrChurn'
  | 'netMrrChurn'
  | 'grr'
  | 'nrr'
  | 'crr'
  | 'arpa'
  | 'ltv'
  | 'mrrMovements'
  | 'nps'
  | 'stickiness'
  | 'breadth'
  | 'depth'
  | 'frequency'
  | 'frequencyTrend';

/** One group of accounts behind a figure, e.g. the churned accounts and the MRR each lost. */
export interface DrilldownPart {
  name: string;
  accounts: { accountId: AccountId; value: number }[];
}

export interface MetricDrilldown {
  metric: DrilldownMetric;
  parts: DrilldownPart[];
}

type RevenueList = keyof RevenueDrilldown;

const revenuePart = (report: MetricsReport, name: RevenueList, label: string = name): DrilldownPart => ({
  name: label,
  accounts: report.drilldown.revenue[name].map(changeValue),
});

const changeValue = (change: AccountMrrChange) => ({ accountId: change.accountId, value: change.amount });

/** The lists a revenue figure is made of: numerator terms first, the denominator last. */
function revenueLists(metric: DrilldownMetric, countReactivation: boolean): RevenueList[] | null {
  const reactivation: RevenueList[] = countReactivation ? ['reactivation'] : [];
  switch (metric) {
    case 'logoChurnRate':
      return ['churned', 'startCohort'];
    case 'grossMrrChurn':
    case 'grr':
      return ['churned', 'contraction', 'startCohort'];
    case 'netMrrChurn':
    case 'nrr':
      return ['churned', 'contraction', 'expansion', ...reactivation, 'startCohort'];
    case 'crr':
      return ['endCustomers', 'new', 'reactivation', 'startCohort'];
    case 'arpa':
      return ['endCustomers'];
    case 'mrrMovements':
      return ['new', 'expansion', 'contraction', 'churned', 'reactivation'];
    default:
      return null;
  }
}

const usageKey: Partial<Record<DrilldownMetric, keyof AccountUsage>> = {
  stickiness: 'stickiness',
  breadth: 'breadth',
  depth: 'depth',
  frequency: 'activeDaysPerWeek',
  frequencyTrend: 'frequencyTrend',
};

/**
 * The accounts behind one figure of a report, in named parts: for a rate, the accounts of each
 * term with what each adds (MRR moved, an NPS response count, a usage value). Each part's
 * values add up to the term the figure uses, so the figure can be recomputed from them.
 */
export function drilldownFor(report: MetricsReport, metric: DrilldownMetric): MetricDrilldown {
  const lists = revenueLists(metric, report.settings.countReactivation);
  if (lists) return { metric, parts: lists.map((name) => revenuePart(report, name)) };
  if (metric === 'ltv') {
    const churnedByMonth = report.ltvDetail.months.map((month) => ({ name: `churned ${month.period}`, accounts: month.churned.map(changeValue) }));
    return { metric, parts: [revenuePart(report, 'endCustomers'), ...churnedByMonth] };
  }
  if (metric === 'nps') {
    const byKind = (kind: 'promoters' | 'passives' | 'detractors'): DrilldownPart => ({
      name: kind,
      accounts: report.drilldown.nps.filter((account) => account[kind] > 0).map((account) => ({ accountId: account.accountId, value: account[kind] })),
    });
    return { metric, parts: [byKind('promoters'), byKind('passives'), byKind('detractors')] };
  }
  const key = usageKey[metric];
  const accounts: DrilldownPart['accounts'] = [];
  for (const account of report.drilldown.usage) {
    const value = key === undefined ? null : account[key];
    if (typeof value === 'number') accounts.push({ accountId: account.accountId, value });
  }
  return { metric, parts: [{ name: 'accounts', accounts }] };
}
