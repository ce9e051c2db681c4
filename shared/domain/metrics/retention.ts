import { ratio } from './checks';
import type { PeriodClassification } from './movements';
import type { AnnualisedFigures, RetentionFigures } from './types';

/**
 * The rates of DOMAIN.md over one classified period. Every rate is over the start cohort, so
 * each is n/a (null) when nobody paid at the start.
 *
 * - Logo churn: churned start customers ÷ start customers.
 * - Gross MRR churn: (churned + contraction) ÷ start MRR.
 * - Net MRR churn: (churned + contraction − expansion [− reactivation]) ÷ start MRR.
 * - GRR: (start MRR − churned − contraction) ÷ start MRR. Expansion and new logos are left
 *   out, and a customer cannot lose more than it had, so it stays within [0, 1]; the clamp
 *   only absorbs floating-point rounding.
 * - NRR: (start MRR + expansion − contraction − churned [+ reactivation]) ÷ start MRR.
 * - CRR: (customers at the end − customers gained in the period) ÷ customers at the start,
 *   where the customers gained are the new and the reactivated ones: neither was a customer
 *   at the start, so CRR is the share of the start customers still paying (1 − logo churn).
 * - ARPA: MRR at the end ÷ customers at the end.
 *
 * `countReactivation` moves only NRR and net MRR churn, together, so NRR = 1 − net MRR churn.
 */
export function retentionFigures(period: PeriodClassification, countReactivation: boolean): RetentionFigures {
  const { startMrr, movements, customers } = period;
  const reactivation = countReactivation ? movements.reactivation : 0;
  const lost = movements.churned + movements.contraction;
  const grr = ratio(startMrr - lost, startMrr);
  return {
    logoChurnRate: ratio(customers.churned, customers.start),
    grossMrrChurn: ratio(lost, startMrr),
    netMrrChurn: ratio(lost - movements.expansion - reactivation, startMrr),
    grr: grr === null ? null : Math.min(1, Math.max(0, grr)),
    nrr: ratio(startMrr + movements.expansion + reactivation - lost, startMrr),
    crr: ratio(customers.end - customers.new - customers.reactivated, customers.start),
    arpa: ratio(period.endMrr, customers.end),
  };
}

/**
 * Over 12 months: retention compounds, so a period of `months` months retaining r retains
 * r^(12 / months) a year, and a churn rate c becomes 1 − (1 − c)^(12 / months). ARPA is
 * monthly MRR, so a year of it is 12 times as much.
 */
export function annualise(figures: RetentionFigures, months: number): AnnualisedFigures {
  const periodsPerYear = 12 / months;
  // Retention is never below 0; the floor only keeps a rounding error of −1e-17 from becoming
  // NaN under a fractional power.
  const retained = (rate: number | null) => (rate === null ? null : Math.pow(Math.max(0, rate), periodsPerYear));
  const churned = (rate: number | null) => (rate === null ? null : 1 - Math.pow(Math.max(0, 1 - rate), periodsPerYear));
  return {
    logoChurnRate: churned(figures.logoChurnRate),
    grossMrrChurn: churned(figures.grossMrrChurn),
    netMrrChurn: churned(figures.netMrrChurn),
    grr: retained(figures.grr),
    nrr: retained(figures.nrr),
    crr: retained(figures.crr),
    arpa: figures.arpa === null ? null : figures.arpa * 12,
  };
}
