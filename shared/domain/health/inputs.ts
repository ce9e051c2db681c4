/**
 * The raw facts about one account that health scoring needs, as plain numbers, strings and
 * nulls. The back-end gathers them with SQL; the renderer can hold them for what-if previews.
 * Null always means "no data" and makes the measures built on it "n/a"; it never means zero.
 * Windows ("last 4 weeks") end on the day the score is computed for.
 */
export interface HealthInputs {
  // Usage (DOMAIN.md: frequency, breadth, depth)
  /** Average active days (or logins, for weekly usage data) per week over the last 4 weeks. */
  activeDaysPerWeek: number | null;
  /** The same over the 4 weeks before those: the baseline of the frequency trend. */
  activeDaysPerWeekPrevious: number | null;
  /** Distinct active users over the trailing 30 days. */
  activeUsers: number | null;
  /** Licensed seats (the account's, else the latest usage row's). */
  licensedSeats: number | null;
  /** Key features used over the trailing 30 days. */
  keyFeaturesUsed: number | null;
  /** Key features defined for the product. */
  keyFeaturesDefined: number | null;

  // NPS
  /** The account's latest NPS response, 0–10, and its date; older than 12 months counts as no data. */
  latestNpsScore: number | null;
  latestNpsDate: string | null;

  // Support
  /** Open tickets of high (or urgent) priority. 0 when the account has none; null when no tickets were ever imported. */
  openHighPriorityTickets: number | null;
  /** Tickets opened in the last 90 days, and in the 90 days before: the ticket trend. */
  ticketsOpenedRecent: number | null;
  ticketsOpenedPrevious: number | null;
  /** Tickets opened in the last 90 days with no touch (see countsAsTouch) after them: a risk signal. */
  ticketsWithoutFollowUp: number | null;

  // Engagement (DOMAIN.md: contact cadences)
  /** The latest touch that resets the cadence clock; the account's start date when it never had one. */
  lastTouchDate: string | null;
  /** The account's cadence: past the ideal interval a touch is due (yellow), past the maximum overdue (red). */
  cadenceIdealDays: number | null;
  cadenceMaxDays: number | null;
  /** Touches in the last 90 days, and in the 90 days before: engagement falling over time. */
  touchesRecent: number | null;
  touchesPrevious: number | null;

  // CSM pulse: counts only with a reason and before it expires.
  /** 1–5. */
  pulseScore: number | null;
  pulseReason: string | null;
  /** The first day the pulse no longer counts. */
  pulseExpiresOn: string | null;

  // Renewal
  renewalDate: string | null;
  /** The open renewal opportunity's chance to close won, 0–100 (see renewalStageProbability). */
  renewalWinProbability: number | null;
}

/** Inputs with no data at all: the start for a gatherer, a test or a what-if row. */
export function emptyHealthInputs(): HealthInputs {
  return {
    activeDaysPerWeek: null,
    activeDaysPerWeekPrevious: null,
    activeUsers: null,
    licensedSeats: null,
    keyFeaturesUsed: null,
    keyFeaturesDefined: null,
    latestNpsScore: null,
    latestNpsDate: null,
    openHighPriorityTickets: null,
    ticketsOpenedRecent: null,
    ticketsOpenedPrevious: null,
    ticketsWithoutFollowUp: null,
    lastTouchDate: null,
    cadenceIdealDays: null,
    cadenceMaxDays: null,
    touchesRecent: null,
    touchesPrevious: null,
    pulseScore: null,
    pulseReason: null,
    pulseExpiresOn: null,
    renewalDate: null,
    renewalWinProbability: null,
  };
}
