import { drilldownFor, type DrilldownMetric, type DrilldownPart, type MetricsReport } from '../../../shared/domain/metrics';
import { formatMoney, formatRate, monthLabel } from './metricsFormat';

/** What the drill-down panel shows: the accounts behind a figure of a month, or behind a health band. */
export type Drill =
  | { kind: 'figure'; metric: DrilldownMetric; month: string; title: string; /** Only this part, e.g. "churned" of a movements bar. */ part?: string }
  | { kind: 'band'; band: string; title: string };

const PART_LABELS: Record<string, string> = {
  startCohort: 'Customers at the start (their start MRR)',
  endCustomers: 'Customers at the end (their end MRR)',
  churned: 'Churned (MRR lost)',
  contraction: 'Contraction (MRR lost)',
  expansion: 'Expansion (MRR gained)',
  new: 'New (their MRR)',
  reactivation: 'Reactivated (their MRR)',
  promoters: 'Promoters (responses, 9–10)',
  passives: 'Passives (responses, 7–8)',
  detractors: 'Detractors (responses, 0–6)',
  accounts: 'Accounts',
};

export function partLabel(name: string): string {
  const churnedMonth = /^churned (\d{4}-\d{2})$/.exec(name);
  if (churnedMonth) return `Churned in ${monthLabel(churnedMonth[1]!)} (MRR lost)`;
  return PART_LABELS[name] ?? name;
}

/** How a part's per-account values read: MRR, a response count, a rate or days a week. */
export function valueFormatter(metric: DrilldownMetric): (value: number) => string {
  switch (metric) {
    case 'nps':
      return (value) => `${value} ${value === 1 ? 'response' : 'responses'}`;
    case 'stickiness':
    case 'breadth':
    case 'depth':
      return formatRate;
    case 'frequency':
    case 'frequencyTrend':
      return (value) => `${value.toFixed(1)} days/week`;
    default:
      return formatMoney;
  }
}

/** The parts behind a figure of `report`, or only the one a chart segment stands for. */
export function drillParts(report: MetricsReport, metric: DrilldownMetric, part?: string): DrilldownPart[] {
  const parts = drilldownFor(report, metric).parts;
  return part === undefined ? parts : parts.filter((candidate) => candidate.name === part);
}

/** A part's accounts and their total, largest value first (the engine's lists are by amount already). */
export function partTotal(part: DrilldownPart): number {
  return part.accounts.reduce((sum, account) => sum + account.value, 0);
}
