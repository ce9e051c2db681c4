/** Health scores in the workspace: inputs gathered with SQL, scored by shared/domain/health, stored as daily snapshots. */
export { accountHealthDetail } from './accountHealth';
export { gatherHealthInputs, type GatheredAccount } from './gatherInputs';
export { readKeyFeatures, writeKeyFeatures } from './keyFeatures';
export { addOverride, addPulse } from './overrides';
export { recomputeHealth, type RecomputeOptions } from './recompute';
export { explainAccount, forEachAccountToScore, SCORING_CHUNK, type ExplainedAccount, type ScoringProgress } from './scoreBook';
export { loadScorecards, saveScorecard } from './scorecards';
export { snapshotsOf } from './snapshots';
