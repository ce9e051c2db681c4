import { cadencePosition, daysAtCadencePosition } from './cadencePosition';
import { oneYearBefore } from './dates';
import type { HealthInputs } from './inputs';
import { dateInput, formatChange, formatNumber, numberInput, percentChange, percentOf, plural, type Reading } from './readings';
import type { Better } from './scorecard';

/**
 * The raw values a measure can score, each read from HealthInputs. A scorecard's measures pick
 * from this list; the thresholds, weights and labels are the scorecard's.
 */
export const METRIC_KEYS = [
  'usageFrequency',
  'usageTrend',
  'breadth',
  'depth',
  'nps',
  'openHighPriorityTickets',
  'ticketTrend',
  'ticketsWithoutFollowUp',
  'touchRecency',
  'touchTrend',
  'csmPulse',
  'daysToRenewal',
  'renewalStage',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

export interface Metric {
  key: MetricKey;
  label: string;
  /** What the raw value counts, for the thresholds editor. */
  unit: string;
  /** Raw values are shown, and next-band targets rounded, to this many decimals. */
  decimals: number;
  /** The raw values an account can have (a pulse is 1–5, tickets are never negative): next-band targets stay inside. */
  range: readonly [min: number, max: number];
  /** The raw value for an account on `day`, or why there is none (a constant string: reading a book allocates nothing). */
  read(inputs: HealthInputs, day: number): Reading;
  /** The raw value in words: "2.5 active days a week". */
  format(raw: number, inputs: HealthInputs): string;
  /** The facts behind the raw value or its absence ("20 of 50 seats", "answered 2025-01-03"), or null. */
  context(inputs: HealthInputs): string | null;
  /** A target raw value rounded to one an account can reach, `better` side up; defaults to `decimals`. */
  roundTarget?(raw: number, better: Better, inputs: HealthInputs): number;
}

const NO_USAGE = 'no usage data';
const NO_TICKETS = 'no ticket data';

function bothCounts(recent: number | null, previous: number | null, span: string): string | null {
  return recent === null || previous === null ? null : `${recent} in the last ${span}, ${previous} in the ${span} before`;
}

/** Raw rounded to `decimals`, up when higher is better and down when lower is, so the target is still enough. */
export function roundTowardBetter(raw: number, decimals: number, better: Better): number {
  const factor = 10 ** decimals;
  const scaled = raw * factor;
  // The epsilon keeps 2.0000000001 (float noise) from rounding up to 2.1.
  const rounded = better === 'higher' ? Math.ceil(scaled - 1e-9) : Math.floor(scaled + 1e-9);
  return rounded / factor;
}

const definitions: Record<MetricKey, Omit<Metric, 'key'>> = {
  usageFrequency: {
    label: 'Usage frequency', unit: 'active days a week', decimals: 1, range: [0, Infinity],
    read: (i) => numberInput(i, 'activeDaysPerWeek', 0) ?? NO_USAGE,
    format: (raw) => `${formatNumber(raw, 1)} active days a week`,
    context: (i) => (i.activeDaysPerWeek === null ? null : 'last 4 weeks'),
  },
  usageTrend: {
    label: 'Usage trend', unit: '% change', decimals: 0, range: [-100, Infinity],
    read: (i) => percentChange(numberInput(i, 'activeDaysPerWeek', 0), numberInput(i, 'activeDaysPerWeekPrevious', 0),
      NO_USAGE, 'no usage in the 4 weeks before to compare with'),
    format: (raw) => `${formatChange(raw, 0)}% active days`,
    context: (i) => (i.activeDaysPerWeek === null || i.activeDaysPerWeekPrevious === null ? null
      : `${formatNumber(i.activeDaysPerWeek, 1)} days a week in the last 4 weeks, ${formatNumber(i.activeDaysPerWeekPrevious, 1)} in the 4 before`),
  },
  breadth: {
    label: 'Breadth', unit: '%', decimals: 0, range: [0, Infinity],
    read: (i) => percentOf(numberInput(i, 'activeUsers', 0), numberInput(i, 'licensedSeats', 0), 'no active-user count', 'no licensed seats'),
    format: (raw) => `${formatNumber(raw, 0)}% of seats active`,
    context: (i) => (i.activeUsers === null || i.licensedSeats === null ? null : `${i.activeUsers} active users, ${i.licensedSeats} seats`),
  },
  depth: {
    label: 'Depth', unit: '%', decimals: 0, range: [0, 100],
    read: (i) => percentOf(numberInput(i, 'keyFeaturesUsed', 0), numberInput(i, 'keyFeaturesDefined', 0), 'no key-feature usage', 'no key features defined'),
    format: (raw) => `${formatNumber(raw, 0)}% of key features used`,
    context: (i) => (i.keyFeaturesUsed === null || i.keyFeaturesDefined === null ? null : `${i.keyFeaturesUsed} of ${i.keyFeaturesDefined} key features`),
  },
  nps: {
    label: 'NPS', unit: 'score 0–10', decimals: 0, range: [0, 10],
    read: (i, day) => {
      const score = numberInput(i, 'latestNpsScore', 0, 10);
      if (score === null) return 'no NPS response';
      const answered = dateInput(i, 'latestNpsDate');
      if (answered === null) return 'the latest NPS response has no date';
      if (answered < oneYearBefore(day)) return 'the latest NPS response is older than 12 months';
      return score;
    },
    format: (raw) => `NPS response ${formatNumber(raw, 0)}`,
    context: (i) => (i.latestNpsDate === null ? null : `answered ${i.latestNpsDate.slice(0, 10)}`),
  },
  openHighPriorityTickets: {
    label: 'Open high-priority tickets', unit: 'tickets', decimals: 0, range: [0, Infinity],
    read: (i) => numberInput(i, 'openHighPriorityTickets', 0) ?? NO_TICKETS,
    format: (raw) => `${formatNumber(raw, 0)} open high-priority ${plural(raw, 'ticket', 'tickets')}`,
    context: () => null,
  },
  ticketTrend: {
    label: 'Ticket trend', unit: 'tickets more than before', decimals: 0, range: [-Infinity, Infinity],
    read: (i) => {
      const recent = numberInput(i, 'ticketsOpenedRecent', 0);
      const previous = numberInput(i, 'ticketsOpenedPrevious', 0);
      return recent === null || previous === null ? NO_TICKETS : recent - previous;
    },
    format: (raw) => `${formatChange(raw, 0)} tickets opened against the 90 days before`,
    context: (i) => bothCounts(i.ticketsOpenedRecent, i.ticketsOpenedPrevious, '90 days'),
  },
  ticketsWithoutFollowUp: {
    label: 'Tickets with no follow-up', unit: 'tickets', decimals: 0, range: [0, Infinity],
    read: (i) => numberInput(i, 'ticketsWithoutFollowUp', 0) ?? NO_TICKETS,
    format: (raw) => `${formatNumber(raw, 0)} ${plural(raw, 'ticket', 'tickets')} with no touch after ${plural(raw, 'it', 'them')}`,
    context: (i) => (i.ticketsWithoutFollowUp === null ? null : 'opened in the last 90 days'),
  },
  touchRecency: {
    label: 'Engagement', unit: 'cadence (1 = ideal interval, 2 = maximum)', decimals: 2, range: [0, Infinity],
    read: (i, day) => {
      const touched = dateInput(i, 'lastTouchDate');
      if (touched === null) return 'no touch logged';
      const ideal = numberInput(i, 'cadenceIdealDays', 1);
      const max = numberInput(i, 'cadenceMaxDays', 1);
      if (ideal === null || max === null) return 'no cadence for this account';
      if (max < ideal) throw new Error(`HealthInputs.cadenceMaxDays (${max}) is below cadenceIdealDays (${ideal})`);
      return cadencePosition(Math.max(0, day - touched), ideal, max);
    },
    format: (raw, i) => {
      const days = Math.round(daysAtCadencePosition(raw, i.cadenceIdealDays ?? 0, i.cadenceMaxDays ?? 0));
      return `${days} ${plural(days, 'day', 'days')} since the last touch`;
    },
    context: (i) => {
      const touch = i.lastTouchDate === null ? [] : [`last touch ${i.lastTouchDate.slice(0, 10)}`];
      const cadence = i.cadenceIdealDays === null || i.cadenceMaxDays === null ? [] : [`cadence: ideal ${i.cadenceIdealDays}, maximum ${i.cadenceMaxDays} days`];
      return [...touch, ...cadence].join('; ') || null;
    },
    roundTarget: (raw, better, i) => {
      const ideal = i.cadenceIdealDays ?? 0;
      const max = i.cadenceMaxDays ?? 0;
      const days = roundTowardBetter(daysAtCadencePosition(raw, ideal, max), 0, better);
      return cadencePosition(Math.max(0, days), ideal, max);
    },
  },
  touchTrend: {
    label: 'Engagement trend', unit: '% change', decimals: 0, range: [-100, Infinity],
    read: (i) => percentChange(numberInput(i, 'touchesRecent', 0), numberInput(i, 'touchesPrevious', 0),
      'no touch data', 'no touches in the 90 days before to compare with'),
    format: (raw) => `${formatChange(raw, 0)}% touches against the 90 days before`,
    context: (i) => bothCounts(i.touchesRecent, i.touchesPrevious, '90 days'),
  },
  csmPulse: {
    label: 'CSM pulse', unit: '1–5', decimals: 0, range: [1, 5],
    read: (i, day) => {
      const pulse = numberInput(i, 'pulseScore', 1, 5);
      if (pulse === null) return 'no pulse given';
      if (i.pulseReason === null || i.pulseReason.trim() === '') return 'the pulse has no reason';
      const expires = dateInput(i, 'pulseExpiresOn');
      if (expires === null) return 'the pulse has no expiry date';
      if (day >= expires) return 'the pulse has expired';
      return pulse;
    },
    format: (raw) => `pulse ${formatNumber(raw, 0)} of 5`,
    context: (i) => (i.pulseReason === null ? null : `"${i.pulseReason}"${i.pulseExpiresOn === null ? '' : `, expires ${i.pulseExpiresOn.slice(0, 10)}`}`),
  },
  daysToRenewal: {
    label: 'Days to renewal', unit: 'days', decimals: 0, range: [-Infinity, Infinity],
    read: (i, day) => {
      const renewal = dateInput(i, 'renewalDate');
      return renewal === null ? 'no renewal date' : renewal - day;
    },
    format: (raw) => (raw >= 0 ? `${formatNumber(raw, 0)} days to renewal` : `renewal ${formatNumber(-raw, 0)} days overdue`),
    context: (i) => (i.renewalDate === null ? null : `renews ${i.renewalDate.slice(0, 10)}`),
  },
  renewalStage: {
    label: 'Renewal stage', unit: '% win probability', decimals: 0, range: [0, 100],
    read: (i) => numberInput(i, 'renewalWinProbability', 0, 100) ?? 'no open renewal opportunity with a known stage',
    format: (raw) => `${formatNumber(raw, 0)}% renewal win probability`,
    context: () => null,
  },
};

/** The metrics in METRIC_KEYS order, so a metric's index is the slot of its raw value in a readings buffer. */
export const METRIC_LIST: readonly Metric[] = METRIC_KEYS.map((key) => ({ key, ...definitions[key] }));

export const METRICS: Readonly<Record<MetricKey, Metric>> = Object.fromEntries(METRIC_LIST.map((m) => [m.key, m])) as Record<MetricKey, Metric>;

/** A metric's position in METRIC_KEYS and METRIC_LIST. */
export const METRIC_INDEX: Readonly<Record<MetricKey, number>> = Object.fromEntries(METRIC_KEYS.map((key, index) => [key, index])) as Record<MetricKey, number>;

export function isMetricKey(value: unknown): value is MetricKey {
  return typeof value === 'string' && Object.hasOwn(METRIC_INDEX, value);
}
