/** Colours and shared chart settings of the Metrics dashboard: one meaning, one colour, on every chart. */
export const COLORS = {
  new: '#2f9e44',
  expansion: '#8ce99a',
  reactivation: '#4dabf7',
  contraction: '#ffa94d',
  churned: '#e03131',
  grr: '#2f5fd0',
  nrr: '#2f9e44',
  promoters: '#2f9e44',
  passives: '#adb5bd',
  detractors: '#e03131',
  nps: '#2f5fd0',
  grid: '#e6e8ec',
  axis: '#5c6470',
} as const;

const BAND_COLORS: Record<string, string> = {
  red: '#e03131',
  yellow: '#f0b429',
  green: '#2f9e44',
  not_scored: '#adb5bd',
  none: '#dee2e6',
};

/** A band's colour; a custom band of a user's scorecard gets the accent. */
export function bandColor(band: string): string {
  return BAND_COLORS[band] ?? '#2f5fd0';
}

export const CHART_HEIGHT = 240;
export const AXIS_TICK = { fontSize: 11, fill: COLORS.axis };

/** A Tooltip `formatter` value as a number (recharts passes numbers, strings or arrays). */
export function tooltipNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
