import type { Scorecard } from '../../../shared/domain/health';

/**
 * How an old version differs from the scorecard in force, part by part, so a CSM reading it
 * sees what restoring it would change before doing so.
 */
export type MeasureChange = 'same' | 'changed' | 'not-in-force';

export interface VersionDifferences {
  /** Per measure id of the old version. */
  measures: Record<string, MeasureChange>;
  /** Measures in force that the old version does not have: restoring it drops them. */
  dropped: string[];
  name: boolean;
  rule: boolean;
  bands: boolean;
  minimum: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Rules compare as sets: `{tiers: []}` and `{}` both match any tier. */
const ruleKey = (card: Scorecard) => [[...(card.appliesTo.tiers ?? [])].sort(), [...(card.appliesTo.segments ?? [])].sort()];

export function versionDifferences(old: Scorecard, inForce: Scorecard): VersionDifferences {
  const current = new Map(inForce.measures.map((measure) => [measure.id, measure]));
  const kept = new Set(old.measures.map((measure) => measure.id));
  const measures: Record<string, MeasureChange> = {};
  for (const measure of old.measures) {
    const now = current.get(measure.id);
    measures[measure.id] = now === undefined ? 'not-in-force' : same(now, measure) ? 'same' : 'changed';
  }
  return {
    measures,
    dropped: inForce.measures.filter((measure) => !kept.has(measure.id)).map((measure) => measure.label),
    name: old.name !== inForce.name,
    rule: !same(ruleKey(old), ruleKey(inForce)),
    bands: !same(old.bands, inForce.bands),
    minimum: old.minMeasuresWithData !== inForce.minMeasuresWithData,
  };
}
