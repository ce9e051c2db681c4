import type { HealthOverrideEvent } from '../../../shared/api';
import type { Band, HealthTrend, MeasureBreakdown, TrendArrow } from '../../../shared/domain/health';

/**
 * Pure helpers of the account page's Health panel: how a band, a trend, a measure and a
 * pulse or override event read, kept out of the components so they are unit-tested.
 */

export const TREND_SYMBOLS: Record<TrendArrow, string> = { up: '▲', flat: '▶', down: '▼' };
const TREND_WORDS: Record<TrendArrow, string> = { up: 'rising', flat: 'flat', down: 'falling' };

/** The CSS tone of a band id: the default bands have colours, any other band is neutral. */
export function bandTone(band: string | null | undefined): string {
  if (band === 'red' || band === 'yellow' || band === 'green') return band;
  if (band === 'not_scored') return 'not-scored';
  return 'other';
}

/** Signed points: "+7", "−3", "±0". */
export function signedPoints(change: number): string {
  const rounded = Math.round(change);
  if (rounded === 0) return '±0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

/** The trend in words, e.g. "Falling: −12 points since 2026-10-20 (the scorecard changed in between)". */
export function describeTrend(trend: HealthTrend): string {
  if (trend.arrow === null || trend.change === null) return 'No trend yet: it needs two scored snapshots';
  const since = trend.comparedWith ? ` since ${trend.comparedWith}` : '';
  const caveat = trend.acrossVersionChange ? ' (the scorecard changed in between)' : '';
  const word = TREND_WORDS[trend.arrow];
  return `${word[0]!.toUpperCase()}${word.slice(1)}: ${signedPoints(trend.change)} points${since}${caveat}`;
}

/** "25%" of the total, or "—" for a measure left out. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A measure's score as a whole number, or "n/a". */
export function formatMeasureScore(score: number | null): string {
  return score === null ? 'n/a' : String(Math.round(score));
}

/** The next-band column: the hint, or why there is none. */
export function nextBandText(measure: MeasureBreakdown, scored: boolean, topBand: boolean): string {
  if (measure.nextBand) return measure.nextBand.text;
  if (measure.score === null) return 'n/a: left out of the score';
  if (!scored) return 'The account is not scored';
  return topBand ? 'Already in the top band' : '—';
}

export function bandLabelOf(bands: readonly Band[], id: string | null): string {
  if (id === null) return '';
  return bands.find((band) => band.id === id)?.label ?? id;
}

/** What an override sets, in words: "Red" or "score 35 (Red)". */
export function overrideValueText(value: { band: string | null; score: number | null }, bands: readonly Band[]): string {
  if (value.score !== null) {
    const band = bands.find((b) => value.score! >= b.min && value.score! <= b.max);
    return `score ${value.score}${band ? ` (${band.label})` : ''}`;
  }
  return bandLabelOf(bands, value.band);
}

/** One timeline line for a pulse or override event. */
export function describeOverrideEvent(event: HealthOverrideEvent, bands: readonly Band[]): string {
  const what = event.kind === 'pulse' ? `CSM pulse ${event.pulse ?? '?'} of 5` : `Health override: ${overrideValueText(event, bands)}`;
  switch (event.action) {
    case 'set':
      return `${what} set, until ${event.expiresOn}`;
    case 'cleared':
      return `${what} cleared before its expiry (${event.expiresOn})`;
    case 'expired':
      return `${what} expired`;
  }
}

/** A sensible default expiry for the forms: 30 days after `today` (YYYY-MM-DD). */
export function defaultExpiry(today: string, days = 30): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface PulseInForce {
  pulse: number;
  reason: string;
  expiresOn: string;
}

/** The pulse in force on `today` (YYYY-MM-DD), from the history: the latest pulse event, if it is a set that has not expired. */
export function pulseInForce(history: readonly HealthOverrideEvent[], today: string): PulseInForce | null {
  const latest = history.findLast((event) => event.kind === 'pulse');
  if (latest?.action !== 'set' || latest.pulse === null || latest.expiresOn <= today) return null;
  return { pulse: latest.pulse, reason: latest.reason, expiresOn: latest.expiresOn };
}
