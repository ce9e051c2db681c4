/**
 * CRM opportunity stages are free text. The renewal stage measure needs a win probability, so
 * the stages of Salesforce's and HubSpot's default sales processes map to their default
 * probabilities; a closed opportunity is 100 (won) or 0 (lost) whatever its stage says.
 * An unknown stage gives null ("n/a"), never a guess.
 */
const STAGE_PROBABILITIES: Readonly<Record<string, number>> = {
  // Salesforce (label and API value are the same)
  prospecting: 10,
  qualification: 10,
  needsanalysis: 20,
  valueproposition: 50,
  iddecisionmakers: 60,
  perceptionanalysis: 70,
  proposalpricequote: 75,
  negotiationreview: 90,
  // HubSpot default pipeline (labels and internal values normalise alike)
  appointmentscheduled: 20,
  qualifiedtobuy: 40,
  presentationscheduled: 60,
  decisionmakerboughtin: 80,
  contractsent: 90,
  // Both
  closedwon: 100,
  closedlost: 0,
};

/** "Id. Decision Makers" → "iddecisionmakers", "Proposal/Price Quote" → "proposalpricequote". */
function normaliseStage(stage: string): string {
  return stage.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function renewalStageProbability(stage: string | null, closed: { isClosed: boolean; isWon: boolean } | null = null): number | null {
  if (closed?.isClosed) return closed.isWon ? 100 : 0;
  if (stage === null) return null;
  return STAGE_PROBABILITIES[normaliseStage(stage)] ?? null;
}
