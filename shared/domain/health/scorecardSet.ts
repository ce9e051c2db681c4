import { isCatchAll, selectScorecard, type Scorecard, type ScorecardTarget } from './scorecard';

/**
 * The ordered list of scorecards in force (the first whose rule matches an account scores it)
 * and how an edit changes it: where a scorecard goes, and which accounts the change reaches.
 */

/**
 * Where a scorecard goes when no position is asked for: an existing one keeps its place; a new
 * one with a rule goes just before the first catch-all (after it, it would never be used), a
 * new catch-all last.
 */
export function defaultPosition(scorecards: readonly Scorecard[], card: Scorecard): number {
  const existing = scorecards.findIndex((other) => other.id === card.id);
  if (existing !== -1) return existing;
  const catchAll = scorecards.findIndex((other) => isCatchAll(other.appliesTo));
  return isCatchAll(card.appliesTo) || catchAll === -1 ? scorecards.length : catchAll;
}

/** The list with `card` in place of the scorecard of the same id (or added), at `position` (clamped) or its default place. */
export function placeScorecard(scorecards: readonly Scorecard[], card: Scorecard, position?: number): Scorecard[] {
  const at = position ?? defaultPosition(scorecards, card);
  const rest = scorecards.filter((other) => other.id !== card.id);
  const index = Math.max(0, Math.min(rest.length, at));
  return [...rest.slice(0, index), card, ...rest.slice(index)];
}

interface TargetGroups {
  /** Per target, the index of its (tier, segment) pair in `distinct`. */
  group: Int32Array;
  distinct: ScorecardTarget[];
}

// A book's targets do not change while its scorecards are edited: grouped once per array.
const groupsOf = new WeakMap<readonly ScorecardTarget[], TargetGroups>();

function targetGroups(targets: readonly ScorecardTarget[]): TargetGroups {
  const cached = groupsOf.get(targets);
  if (cached !== undefined) return cached;
  const known = new Map<string, number>();
  const distinct: ScorecardTarget[] = [];
  const group = new Int32Array(targets.length);
  targets.forEach((target, index) => {
    // JSON keeps null apart from "null" and a tier apart from a segment.
    const key = JSON.stringify([target.tier, target.segment]);
    let at = known.get(key);
    if (at === undefined) {
      at = distinct.push({ tier: target.tier, segment: target.segment }) - 1;
      known.set(key, at);
    }
    group[index] = at;
  });
  const computed = { group, distinct };
  groupsOf.set(targets, computed);
  return computed;
}

/**
 * Per target, the index of the scorecard that scores it (-1 when none applies). Rules are
 * matched once per distinct tier and segment, so a book of 100,000 is one array lookup each.
 */
export function assignScorecards(targets: readonly ScorecardTarget[], scorecards: readonly Scorecard[]): Int32Array {
  const { group, distinct } = targetGroups(targets);
  const cardOfGroup = distinct.map((target) => {
    const selected = selectScorecard(target, scorecards);
    return selected === null ? -1 : scorecards.indexOf(selected);
  });
  const result = new Int32Array(targets.length);
  for (let index = 0; index < result.length; index++) result[index] = cardOfGroup[group[index]!]!;
  return result;
}

const versionOf = (scorecards: readonly Scorecard[], index: number): string =>
  index < 0 ? '' : `${scorecards[index]!.id}\u0000${scorecards[index]!.version}`;

/**
 * The targets a change of the scorecards in force reaches: those scored by a different
 * scorecard, or by a different version of the same one, after the change than before. Exactly
 * these need rescoring.
 */
export function affectedTargets<T extends ScorecardTarget>(targets: readonly T[], before: readonly Scorecard[], after: readonly Scorecard[]): T[] {
  const was = assignScorecards(targets, before);
  const becomes = assignScorecards(targets, after);
  return targets.filter((_target, index) => versionOf(before, was[index]!) !== versionOf(after, becomes[index]!));
}

/** An id for a new scorecard from its name ("Strategic EMEA" -> "strategic-emea"), unlike every id in `taken`. */
export function newScorecardId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'scorecard';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Two scorecards the same but for their version: saving one over the other would change nothing. */
export function sameDefinition(a: Scorecard, b: Scorecard): boolean {
  return JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
}
