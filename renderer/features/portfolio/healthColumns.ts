import type { AccountRow } from '../../../shared/api';
import { DEFAULT_BANDS, NOT_SCORED, NOT_SCORED_LABEL, TREND_TOLERANCE, type Band } from '../../../shared/domain/health';
import type { Option } from '../../lib/labels';
import { signedPoints } from '../account/healthModel';

/**
 * The portfolio's Health and Trend columns. Bands are configurable per scorecard: the filter
 * and the cells use the bands of the workspace's scorecards (healthBandOptions) and "Not
 * scored"; the default bands stand in until the scorecards are read.
 */
export const HEALTH_BAND_OPTIONS: readonly Option[] = [
  ...DEFAULT_BANDS.map((band) => ({ value: band.id, label: band.label })),
  { value: NOT_SCORED, label: NOT_SCORED_LABEL },
];

/**
 * Every band of the scorecards in force, each id once, lowest first (by the range the first
 * scorecard to use the id gives it, as the Metrics dashboard orders them), then "Not scored". A
 * band id labelled differently by two scorecards shows both labels ("Red / At risk").
 */
export function healthBandOptions(scorecards: readonly { bands: readonly Band[] }[]): Option[] {
  const byId = new Map<string, { band: Band; labels: string[] }>();
  for (const card of scorecards) {
    for (const band of card.bands) {
      const known = byId.get(band.id);
      if (known === undefined) byId.set(band.id, { band, labels: [band.label] });
      else if (!known.labels.includes(band.label)) known.labels.push(band.label);
    }
  }
  const bands = [...byId.values()].filter(({ band }) => band.id !== NOT_SCORED).sort((a, b) => a.band.min - b.band.min || a.band.max - b.band.max);
  return [...bands.map(({ band, labels }) => ({ value: band.id, label: labels.join(' / ') })), { value: NOT_SCORED, label: NOT_SCORED_LABEL }];
}

export type TrendDirection = 'falling' | 'flat' | 'rising';

/** Worst first, as the column sorts. */
export const TREND_OPTIONS: readonly Option[] = [
  { value: 'falling', label: 'Falling' },
  { value: 'flat', label: 'Flat' },
  { value: 'rising', label: 'Rising' },
];

const SYMBOLS: Record<TrendDirection, string> = { falling: '▼', flat: '▶', rising: '▲' };

/** The arrow of a change in points, with the tolerance health.get's trend uses: smaller moves are flat. */
export function trendDirection(change: number | null | undefined): TrendDirection | null {
  if (change === null || change === undefined) return null;
  if (change >= TREND_TOLERANCE) return 'rising';
  if (change <= -TREND_TOLERANCE) return 'falling';
  return 'flat';
}

/** A health cell's text; `bandOptions` (the workspace's bands, see healthBandOptions) name custom bands. */
export function describeHealth(row: AccountRow, bandOptions: readonly Option[] = HEALTH_BAND_OPTIONS): { text: string; title?: string } {
  const band = row.healthBand ?? null;
  if (band === null) return { text: '', title: 'Health not computed yet' };
  const label = bandOptions.find((o) => o.value === band)?.label ?? band;
  // An override may set only a band: a score beside it could be the computed one, so none is shown.
  if (row.healthOverridden === 1) return { text: `${label} (override)`, title: 'A manual override is in force: open the account for its reason and the computed score' };
  if (row.healthScore === null || row.healthScore === undefined) return { text: label };
  return { text: `${Math.round(row.healthScore)} ${label}` };
}

export function describeTrendCell(change: number | null | undefined): { text: string; title?: string } {
  const direction = trendDirection(change);
  if (direction === null) return { text: '', title: 'No trend yet: it needs two scored snapshots' };
  const signed = signedPoints(change!);
  return { text: `${SYMBOLS[direction]} ${signed}`, title: `${direction}: ${signed} points over the trend window` };
}
