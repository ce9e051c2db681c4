import { asOfDay, dayNumber, type AsOf } from './dates';
import { bandIndexOf, type Band } from './scorecard';

/**
 * A CSM's manual override of an account's health (DOMAIN.md): it needs a reason and an expiry
 * date, and a recompute never wipes it; it simply stops applying once it has expired.
 */
export interface HealthOverride {
  /** Exactly one of band and score is set. */
  band: string | null;
  /** 0–100. */
  score: number | null;
  reason: string;
  /** The first day the override no longer applies, YYYY-MM-DD. */
  expiresOn: string;
}

/** The computed health an override sits on: AccountHealth fits. */
export interface ComputedHealth {
  score: number | null;
  band: string;
  bandLabel: string;
}

export interface EffectiveHealth {
  /** What the portfolio shows and sorts by: the override's score, else the computed score. */
  score: number | null;
  /** The override's band (or its score's band), else the computed band. */
  band: string;
  bandLabel: string;
  overridden: boolean;
  /** Always there, so the page can show "Red (override) — computed 82, Green". */
  computed: ComputedHealth;
  /** The override in force, or null. */
  override: HealthOverride | null;
  /** An override that has expired by the day asked about, and the day it fell away, for the timeline. */
  expired: { override: HealthOverride; on: string } | null;
}

/** Everything wrong with an override, in words; empty when it is usable. */
export function validateOverride(override: HealthOverride, bands: readonly Band[]): string[] {
  const problems: string[] = [];
  if (typeof override.reason !== 'string' || override.reason.trim() === '') problems.push('An override needs a reason');
  const hasBand = override.band !== null && override.band !== undefined;
  const hasScore = override.score !== null && override.score !== undefined;
  if (hasBand === hasScore) problems.push('An override sets either a band or a score, not both and not neither');
  if (hasBand && !bands.some((band) => band.id === override.band)) {
    problems.push(`Unknown band "${String(override.band)}" (known: ${bands.map((band) => band.id).join(', ')})`);
  }
  if (hasScore && !(typeof override.score === 'number' && override.score >= 0 && override.score <= 100)) {
    problems.push(`An override score must be from 0 to 100 (got ${String(override.score)})`);
  }
  try {
    dayNumber(override.expiresOn, 'The expiry date');
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}

/**
 * The health to show on `asOf`: the override while it is in force, the computed health beside
 * it either way. An invalid override is a one-line error (it should never have been saved).
 */
export function applyOverride(computed: ComputedHealth, override: HealthOverride | null, bands: readonly Band[], asOf: AsOf): EffectiveHealth {
  const plain = { score: computed.score, band: computed.band, bandLabel: computed.bandLabel, overridden: false };
  const base = { computed: { score: computed.score, band: computed.band, bandLabel: computed.bandLabel }, override: null, expired: null };
  if (override === null) return { ...plain, ...base };
  const problems = validateOverride(override, bands);
  if (problems.length > 0) throw new Error(`Health override cannot be applied: ${problems[0]}`);
  if (asOfDay(asOf) >= dayNumber(override.expiresOn, 'The expiry date')) {
    return { ...plain, ...base, expired: { override, on: override.expiresOn.slice(0, 10) } };
  }
  const band = override.score !== null ? bands[bandIndexOf(bands, Math.round(override.score))]! : bands.find((b) => b.id === override.band)!;
  return { ...base, score: override.score ?? computed.score, band: band.id, bandLabel: band.label, overridden: true, override };
}
