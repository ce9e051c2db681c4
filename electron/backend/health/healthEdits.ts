import type { KeyFeaturesState, ScorecardEntry } from '../../../shared/api/healthDto';
import { AppError } from '../../../shared/api/errors';
import { isCatchAll, validateScorecard, validateScorecardSet, type Scorecard, type ScorecardProblem, type ScorecardTarget } from '../../../shared/domain/health';
import { affectedTargets, assignScorecards, placeScorecard, sameDefinition } from '../../../shared/domain/health/scorecardSet';
import type { Workspace } from '../db/workspace';
import { clearKeyFeatures, keyFeaturesState, writeKeyFeatures } from './keyFeatures';
import { recomputeHealth } from './recompute';
import { latestVersionOf, loadScorecardEntries, saveScorecard, saveTombstone, setOrder } from './scorecards';

/**
 * Edits to how health is scored (a scorecard saved or retired, the key features picked). Each
 * is one transaction that also rescores exactly the accounts it reaches, so the portfolio never
 * shows a score from a scorecard that is no longer in force.
 */

export interface Rescored {
  /** The accounts rescored, by id. */
  accountIds: number[];
}

type Target = ScorecardTarget & { id: number };

function targets(workspace: Workspace, where = ''): Target[] {
  return workspace.sqlite.prepare(`SELECT id, tier, segment FROM accounts a ${where} ORDER BY id`).all() as Target[];
}

function rescore(workspace: Workspace, accounts: readonly Target[], now: Date): number[] {
  const accountIds = accounts.map((account) => account.id);
  if (accountIds.length > 0) recomputeHealth(workspace, { accountIds, now });
  return accountIds;
}

/** The problems as one readable line (the first, and how many more), with all of them in the details for the editor. */
function refuse(what: string, problems: readonly ScorecardProblem[]): never {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new AppError('BAD_INPUT', `${what}: ${problems[0]!.message}${more}`, { problems: [...problems] });
}

/**
 * Saves a scorecard as a new version (a saved version is never changed) at `position` in the
 * order (0 first; omitted: its place, or before the catch-all when new), after checking it and
 * the whole list it would join. `card.version` is the version the user edited: a scorecard saved
 * by someone else since is refused rather than overwritten. Saving an unchanged scorecard adds
 * no version; moving one only changes the order.
 */
export function saveScorecardVersion(workspace: Workspace, card: Scorecard, position: number | undefined, now: Date): { entry: ScorecardEntry } & Rescored {
  const { sqlite } = workspace;
  const nowIso = now.toISOString();
  return sqlite.transaction(() => {
    const before = loadScorecardEntries(sqlite, nowIso).map((entry) => entry.scorecard);
    const current = before.find((other) => other.id === card.id);
    if (current !== undefined && card.version !== current.version) {
      throw new AppError(
        'BAD_INPUT',
        `Scorecard "${current.name}" was saved again since version ${card.version} was opened (version ${current.version} is the latest): reload it and edit again`,
        { id: card.id, latest: current.version },
      );
    }
    const unchanged = current !== undefined && sameDefinition(current, card);
    const saved = unchanged ? current : { ...card, version: (latestVersionOf(sqlite, card.id)?.version ?? 0) + 1 };
    const after = placeScorecard(before, saved, position);
    const name = `Scorecard "${saved.name || saved.id}" cannot be saved`;
    const own = validateScorecard(saved);
    if (own.length > 0) refuse(name, own);
    const set = validateScorecardSet(after);
    if (set.length > 0) refuse(name, set);
    if (!unchanged) saveScorecard(sqlite, saved, nowIso, after.indexOf(saved));
    setOrder(sqlite, after);
    const accountIds = rescore(workspace, affectedTargets(targets(workspace), before, after), now);
    return { entry: { scorecard: saved, position: after.indexOf(saved), savedAt: unchanged ? savedAtOf(workspace, saved) : nowIso }, accountIds };
  })();
}

function savedAtOf(workspace: Workspace, card: Scorecard): string {
  return workspace.sqlite.prepare('SELECT created_at FROM health_scorecards WHERE id = ? AND version = ?').pluck().get(card.id, card.version) as string;
}

/** The scorecards in force in the order of `ids`: each of them exactly once, or a one-line error naming the id that is wrong. */
function inOrderOf(inForce: readonly Scorecard[], ids: readonly string[]): Scorecard[] {
  const byId = new Map(inForce.map((card) => [card.id, card]));
  const seen = new Set<string>();
  const ordered = ids.map((id) => {
    const card = byId.get(id);
    if (card === undefined) throw new AppError('BAD_INPUT', `No scorecard in force has the id "${id}": reload the scorecards and order them again`, { id });
    if (seen.has(id)) throw new AppError('BAD_INPUT', `Scorecard "${card.name}" (id "${id}") is listed twice in the order`, { id });
    seen.add(id);
    return card;
  });
  const left = inForce.find((card) => !seen.has(card.id));
  if (left !== undefined) {
    throw new AppError('BAD_INPUT', `The order leaves out scorecard "${left.name}" (id "${left.id}"): list every scorecard in force once`, { id: left.id });
  }
  return ordered;
}

/**
 * Puts the scorecards in force in the order of `ids` (each once), in one transaction, and
 * rescores exactly the accounts a different scorecard scores in the new order. No version is
 * added: the order belongs to the list, not to any version. An order that would hide a
 * scorecard behind the catch-all is refused.
 */
export function reorderScorecards(workspace: Workspace, ids: readonly string[], now: Date): { scorecards: ScorecardEntry[] } & Rescored {
  const { sqlite } = workspace;
  const nowIso = now.toISOString();
  return sqlite.transaction(() => {
    const before = loadScorecardEntries(sqlite, nowIso).map((entry) => entry.scorecard);
    const after = inOrderOf(before, ids);
    const problems = validateScorecardSet(after);
    if (problems.length > 0) refuse('The scorecards cannot be put in this order', problems);
    setOrder(sqlite, after);
    const accountIds = rescore(workspace, affectedTargets(targets(workspace), before, after), now);
    return { scorecards: loadScorecardEntries(sqlite, nowIso), accountIds };
  })();
}

/**
 * Retires a scorecard: it leaves the order and the accounts it scored are rescored by the next
 * that matches them; its versions stay for the snapshots that cite them. The last scorecard
 * that applies to every account is refused. False when no scorecard in force has that id.
 */
export function retireScorecard(workspace: Workspace, id: string, now: Date): { deleted: boolean } & Rescored {
  const { sqlite } = workspace;
  const nowIso = now.toISOString();
  return sqlite.transaction(() => {
    const before = loadScorecardEntries(sqlite, nowIso).map((entry) => entry.scorecard);
    const card = before.find((other) => other.id === id);
    if (card === undefined) return { deleted: false, accountIds: [] };
    const after = before.filter((other) => other !== card);
    if (isCatchAll(card.appliesTo) && !after.some((other) => isCatchAll(other.appliesTo))) {
      throw new AppError('BAD_INPUT', `Scorecard "${card.name}" is the last that applies to every account and cannot be deleted: every account needs a scorecard`, { id });
    }
    const problems = validateScorecardSet(after);
    if (problems.length > 0) refuse(`Scorecard "${card.name}" cannot be deleted`, problems);
    saveTombstone(sqlite, card, nowIso);
    setOrder(sqlite, after);
    return { deleted: true, accountIds: rescore(workspace, affectedTargets(targets(workspace), before, after), now) };
  })();
}

/**
 * Picks the key features depth counts (an empty list: none, and depth is "n/a" again), then
 * rescores the accounts with usage whose scorecard measures depth: no other score can change.
 */
export function setKeyFeatureNames(workspace: Workspace, names: readonly string[], now: Date): KeyFeaturesState & Rescored {
  const { sqlite } = workspace;
  const unique = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
  return sqlite.transaction(() => {
    if (unique.length === 0) clearKeyFeatures(sqlite);
    else writeKeyFeatures(sqlite, unique);
    const scorecards = loadScorecardEntries(sqlite, now.toISOString()).map((entry) => entry.scorecard);
    const withUsage = targets(workspace, 'WHERE EXISTS (SELECT 1 FROM usage u WHERE u.account_id = a.id)');
    const cards = assignScorecards(withUsage, scorecards);
    const measuresDepth = scorecards.map((card) => card.measures.some((measure) => measure.metric === 'depth'));
    const reached = withUsage.filter((_account, index) => cards[index]! >= 0 && measuresDepth[cards[index]!]);
    return { ...keyFeaturesState(sqlite), accountIds: rescore(workspace, reached, now) };
  })();
}
