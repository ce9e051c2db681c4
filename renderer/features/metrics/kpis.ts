import type { DrilldownMetric, MetricsReport } from '../../../shared/domain/metrics';
import { formatMoney, formatRate, formatScore, monthLabel } from './metricsFormat';

/** One KPI tile: the month's figure beside the annualised one, and why a figure is n/a. */
export interface KpiTile {
  metric: DrilldownMetric;
  label: string;
  monthly: string;
  annualised: string;
  /** What the annualised column means for this figure ("compounded", "× 12", ...). */
  annualisedNote: string;
  /** Set when the monthly figure is n/a: the plain reason. */
  naReason: string | null;
  hint: string;
}

function noStartCohort(report: MetricsReport): string {
  return `no paying customers at the end of ${monthLabel(report.period.cohortMonth)}, the start of the month`;
}

function ltvReason(report: MetricsReport): string {
  if (report.arpa === null) return `no paying customers at the end of ${monthLabel(report.period.last)}`;
  const average = report.ltvDetail.averageLogoChurnRate;
  if (average === 0) return `no customer churned in the last ${report.settings.ltvWindowMonths} months: the lifetime has no bound`;
  return `no customers at the start of any of the last ${report.settings.ltvWindowMonths} months`;
}

function reasonFor(report: MetricsReport, metric: DrilldownMetric, value: number | null): string | null {
  if (value !== null) return null;
  switch (metric) {
    case 'arpa':
      return `no paying customers at the end of ${monthLabel(report.period.last)}`;
    case 'ltv':
      return ltvReason(report);
    case 'nps':
      return `no NPS responses in the ${report.settings.npsWindowMonths} months to ${monthLabel(report.period.last)}`;
    default:
      return noStartCohort(report);
  }
}

type RateKey = 'logoChurnRate' | 'grossMrrChurn' | 'netMrrChurn' | 'grr' | 'nrr' | 'crr';

const RATES: { metric: RateKey; label: string; hint: string }[] = [
  { metric: 'logoChurnRate', label: 'Logo churn', hint: 'Customers who churned ÷ customers at the start' },
  { metric: 'grossMrrChurn', label: 'Gross MRR churn', hint: '(churned + contraction MRR) ÷ start MRR' },
  { metric: 'netMrrChurn', label: 'Net MRR churn', hint: '(churned + contraction − expansion − reactivation) ÷ start MRR; below 0 is negative churn' },
  { metric: 'grr', label: 'GRR', hint: '(start MRR − churned − contraction) ÷ start MRR; new logos and expansion excluded' },
  { metric: 'nrr', label: 'NRR', hint: '(start MRR + expansion − contraction − churned) ÷ start MRR; new logos excluded' },
  { metric: 'crr', label: 'CRR', hint: '(customers at the end − new) ÷ customers at the start' },
];

/** The dashboard's KPI tiles, in reading order, from one period's report. */
export function kpiTiles(report: MetricsReport): KpiTile[] {
  const reactivation = report.settings.countReactivation ? 'reactivations count' : 'reactivations do not count';
  const tiles: KpiTile[] = RATES.map(({ metric, label, hint }) => ({
    metric,
    label,
    monthly: formatRate(report[metric]),
    annualised: formatRate(report.annualised[metric]),
    annualisedNote: 'compounded over 12 months',
    naReason: reasonFor(report, metric, report[metric]),
    hint: metric === 'nrr' || metric === 'netMrrChurn' ? `${hint} (${reactivation})` : hint,
  }));
  tiles.push(
    {
      metric: 'arpa',
      label: 'ARPA',
      monthly: formatMoney(report.arpa),
      annualised: formatMoney(report.annualised.arpa),
      annualisedNote: 'per year (× 12)',
      naReason: reasonFor(report, 'arpa', report.arpa),
      hint: 'MRR ÷ customers at the end of the month',
    },
    {
      metric: 'ltv',
      label: 'LTV',
      monthly: formatMoney(report.ltv),
      annualised: '',
      annualisedNote: `ARPA ÷ logo churn averaged over ${report.settings.ltvWindowMonths} months`,
      naReason: reasonFor(report, 'ltv', report.ltv),
      hint: `ARPA ÷ the average monthly logo churn of the last ${report.settings.ltvWindowMonths} months`,
    },
    {
      metric: 'nps',
      label: 'NPS',
      monthly: formatScore(report.nps),
      annualised: '',
      annualisedNote: `${report.npsResponses.total} responses over ${report.settings.npsWindowMonths} months`,
      naReason: reasonFor(report, 'nps', report.nps),
      hint: '% promoters (9–10) − % detractors (0–6); passives (7–8) count in the total',
    },
  );
  return tiles;
}

