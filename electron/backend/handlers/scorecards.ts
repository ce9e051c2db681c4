import type { HandlerContext } from '../context';
import { keyFeaturesState } from '../health/keyFeatures';
import { readHealthBook } from '../health/healthBook';
import { reorderScorecards, retireScorecard, saveScorecardVersion, setKeyFeatureNames } from '../health/healthEdits';
import { loadScorecardEntries, readScorecardVersion, scorecardHistory } from '../health/scorecards';
import { AppError } from '../../../shared/api/errors';
import type { Scorecard } from '../../../shared/domain/health';
import type { HandlersFor } from './types';

/** Beyond this many, a change is announced as "many accounts" (ids: []) rather than one cache key each. */
const ANNOUNCED_IDS = 200;

function announce(ctx: HandlerContext, accountIds: readonly number[]): void {
  if (accountIds.length === 0) return;
  ctx.events.emit('accounts.changed', { ids: accountIds.length <= ANNOUNCED_IDS ? [...accountIds] : [] });
}

/** The scorecard editor: scorecards in force and their versions, the book's readings for the what-if, key features. */
export const scorecardHandlers: HandlersFor<
  'scorecards.list' | 'scorecards.save' | 'scorecards.delete' | 'scorecards.reorder' | 'scorecards.version' | 'health.book' | 'health.keyFeatures' | 'health.setKeyFeatures'
> = {
  'scorecards.list': async (_input, ctx) => {
    const scorecards = loadScorecardEntries(ctx.workspace.sqlite, ctx.nowIso());
    return { scorecards, history: scorecardHistory(ctx.workspace.sqlite) };
  },

  'scorecards.save': async ({ scorecard, position }, ctx) => {
    ctx.importRunner.assertIdle();
    // The schema checked the shape; validateScorecard (inside) checks the metric and everything else.
    const { entry, accountIds } = saveScorecardVersion(ctx.workspace, scorecard as Scorecard, position, ctx.clock());
    announce(ctx, accountIds);
    return { scorecard: entry, rescored: accountIds.length };
  },

  'scorecards.delete': async ({ id }, ctx) => {
    ctx.importRunner.assertIdle();
    const { deleted, accountIds } = retireScorecard(ctx.workspace, id, ctx.clock());
    announce(ctx, accountIds);
    return { deleted };
  },

  'scorecards.reorder': async ({ ids }, ctx) => {
    ctx.importRunner.assertIdle();
    const { scorecards, accountIds } = reorderScorecards(ctx.workspace, ids, ctx.clock());
    announce(ctx, accountIds);
    return { scorecards, rescored: accountIds.length };
  },

  'scorecards.version': async ({ id, version }, ctx) => {
    const stored = readScorecardVersion(ctx.workspace.sqlite, id, version);
    if (stored === undefined) throw new AppError('NOT_FOUND', `Scorecard "${id}" has no version ${version}`, { id, version });
    if (stored.scorecard === null) throw new AppError('NOT_FOUND', `Version ${version} of scorecard "${id}" is its retirement, not a scorecard`, { id, version });
    return { scorecard: stored.scorecard, savedAt: stored.savedAt };
  },

  'health.book': async (_input, ctx) => readHealthBook(ctx.workspace, ctx.clock()),

  'health.keyFeatures': async (_input, ctx) => keyFeaturesState(ctx.workspace.sqlite),

  'health.setKeyFeatures': async ({ features }, ctx) => {
    ctx.importRunner.assertIdle();
    const { accountIds, ...state } = setKeyFeatureNames(ctx.workspace, features, ctx.clock());
    announce(ctx, accountIds);
    return state;
  },
};
