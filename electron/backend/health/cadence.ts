/**
 * The contact cadence engagement is measured against, in days: past the ideal interval a touch
 * is due, past the maximum it is overdue. The workspace has no cadence rules yet (DOMAIN.md,
 * Contact cadences: by tier, segment, tag or contact role, first match wins), so these defaults
 * by tier stand in for them: key (strategic) accounts weekly, ordinary accounts monthly. When
 * cadence rules land, gatherHealthInputs should read them instead of calling this.
 */
const BY_TIER: Readonly<Record<string, { ideal: number; max: number }>> = {
  strategic: { ideal: 7, max: 14 },
  'mid-touch': { ideal: 30, max: 45 },
  'tech-touch': { ideal: 30, max: 60 },
};
const ORDINARY = { ideal: 30, max: 60 };

export function defaultCadence(tier: string | null): { ideal: number; max: number } {
  return (tier !== null ? BY_TIER[tier] : undefined) ?? ORDINARY;
}
