/**
 * Inputs and outputs of the portfolio metrics (DOMAIN.md, "Metrics: exact definitions").
 * Plain data only: the back-end gathers it with SQL, the renderer can run the same code.
 *
 * Conventions
 * - Rates are fractions (0.05 = 5%); NPS is a score from −100 to 100.
 * - A figure that cannot be computed (no customers at the start, churn of 0 for LTV, no data)
 *   is `null` ("n/a"), never Infinity or NaN.
 * - A customer is an account whose MRR is above 0 at a month end.
 */

/** A calendar month, `YYYY-MM`. */
export type YearMonth = string;
/** A day, `YYYY-MM-DD`; a longer ISO timestamp is read by its date part. */
export type IsoDay = string;
export type AccountId = number;

/**
 * The MRR of one account in one month, as at the end of that month. A month without a row is
 * 0. The start of a period is the end of the month before it, so a one-month period compares
 * the row for the month before with the row for the month itself.
 */
export interface RevenueRow {
  accountId: AccountId;
  period: YearMonth;
  mrr: number;
}

/** What segmenting and breadth need to know about an account. */
export interface AccountAttributes {
  accountId: AccountId;
  segment: string | null;
  tier: string | null;
  /** Licensed seats; when missing or 0, the latest `seats` of the usage rows is used. */
  seats?: number | null;
}

export interface NpsResponse {
  accountId: AccountId;
  /** An integer from 0 to 10. */
  score: number;
  date: IsoDay;
}

/**
 * One account's product usage on one day. `userIds` (the distinct users active that day) and
 * `featureIds` (the key features used that day) make MAU and depth exact; without them the
 * counts are used and the result says which basis it used (see `MauBasis`, `DepthBasis`).
 */
export interface UsageDay {
  accountId: AccountId;
  date: IsoDay;
  activeUsers?: number | null;
  logins?: number | null;
  featuresUsed?: number | null;
  seats?: number | null;
  userIds?: readonly string[] | null;
  featureIds?: readonly string[] | null;
}

export interface MetricsInput {
  revenue: readonly RevenueRow[];
  /** Needed for a segment or tier filter and for licensed seats; other accounts are unsegmented. */
  accounts?: readonly AccountAttributes[];
  nps?: readonly NpsResponse[];
  usage?: readonly UsageDay[];
}

/** Inclusive range of months; `{ first: '2024-01', last: '2024-03' }` is the first quarter. */
export interface MonthRange {
  first: YearMonth;
  last: YearMonth;
}

export interface MetricsOptions {
  /** One month (`YYYY-MM`) or an inclusive range of months. */
  period: YearMonth | MonthRange;
  /** Only accounts of this segment (compared trimmed and case-insensitively). */
  segment?: string | null;
  /** Only accounts of this tier (compared trimmed and case-insensitively). */
  tier?: string | null;
  /**
   * Whether reactivation MRR counts in NRR (added) and in net MRR churn (subtracted).
   * Default true, as in DOMAIN.md's net MRR churn formula; it keeps NRR = 1 − net MRR churn.
   */
  countReactivation?: boolean;
  /** The key features defined: their number, or their ids (then `featureIds` are matched). */
  keyFeatures?: number | readonly string[] | null;
  /** Today: usage and NPS windows end on the period's last day or on this day, if earlier. */
  asOf?: IsoDay | null;
  /** NPS window in months, ending with the period's last month. Default 12. */
  npsWindowMonths?: number;
  /** Months averaged for LTV's logo churn, ending with the period's last month. Default 6. */
  ltvWindowMonths?: number;
}

export interface MrrMovements {
  new: number;
  expansion: number;
  contraction: number;
  churned: number;
  reactivation: number;
}

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
  total: number;
}

/** One account behind a revenue figure; `amount` is what it adds to that figure. */
export interface AccountMrrChange {
  accountId: AccountId;
  startMrr: number;
  endMrr: number;
  amount: number;
}

/** The accounts behind the revenue figures, each list largest amount first. */
export interface RevenueDrilldown {
  /** Customers at the start; amount = start MRR. */
  startCohort: AccountMrrChange[];
  /** Customers at the end; amount = end MRR. */
  endCustomers: AccountMrrChange[];
  /** Start customers with no MRR at the end; amount = start MRR lost. */
  churned: AccountMrrChange[];
  /** Start customers still paying, less; amount = MRR lost. */
  contraction: AccountMrrChange[];
  /** Start customers still paying, more; amount = MRR gained. */
  expansion: AccountMrrChange[];
  /** First MRR ever inside the period; amount = end MRR. */
  new: AccountMrrChange[];
  /** Paid before, not at the start, paying at the end; amount = end MRR. */
  reactivation: AccountMrrChange[];
  /** Not a customer at the start nor at the end but paying in between; amount = peak MRR. In no count. */
  joinedAndChurned: AccountMrrChange[];
}

export interface CustomerCounts {
  start: number;
  end: number;
  new: number;
  reactivated: number;
  churned: number;
  joinedAndChurned: number;
}

export interface AccountNps extends NpsCounts {
  accountId: AccountId;
  nps: number;
}

/** MAU from distinct user ids (exact) or, lacking them, the peak daily active users (a lower bound). */
export type MauBasis = 'distinctUsers' | 'peakDailyActiveUsers';
/** Features used from distinct feature ids (exact) or, lacking them, the peak daily count. */
export type DepthBasis = 'distinctFeatures' | 'peakDailyFeatures';
/** The basis of a portfolio figure: one basis, a mix of both, or no data. */
export type PortfolioBasis<B extends string> = B | 'mixed' | null;

export interface AccountUsage {
  accountId: AccountId;
  averageDau: number | null;
  mau: number | null;
  mauBasis: MauBasis | null;
  stickiness: number | null;
  seats: number | null;
  breadth: number | null;
  featuresUsed: number | null;
  depthBasis: DepthBasis | null;
  depth: number | null;
  /** Active days in the last 7 days. */
  activeDaysPerWeek: number | null;
  /** Average active days per week in the 4 weeks before. */
  previousActiveDaysPerWeek: number | null;
  /** activeDaysPerWeek − previousActiveDaysPerWeek; null without the 4 earlier weeks. */
  frequencyTrend: number | null;
}

export interface LtvMonth {
  period: YearMonth;
  logoChurnRate: number | null;
  customersAtStart: number;
  /** amount = start MRR lost. */
  churned: AccountMrrChange[];
}

/** The revenue rates of one period, over its start cohort. */
export interface RetentionFigures {
  logoChurnRate: number | null;
  grossMrrChurn: number | null;
  netMrrChurn: number | null;
  grr: number | null;
  nrr: number | null;
  /** A fraction like the other rates (DOMAIN.md's "× 100" is its display as a percentage). */
  crr: number | null;
  arpa: number | null;
}

/** The same figures over 12 months: retention compounds (0.95 a month is 0.95^12 ≈ 0.54 a year). */
export type AnnualisedFigures = RetentionFigures;

/** The book's usage measures: the mean over the accounts that have each. */
export interface UsageFigures {
  stickiness: number | null;
  breadth: number | null;
  depth: number | null;
  /** Active days in the last 7 days. */
  frequency: number | null;
  /** Frequency against the average week of the 4 weeks before. */
  frequencyTrend: number | null;
  mauBasis: PortfolioBasis<MauBasis>;
  depthBasis: PortfolioBasis<DepthBasis>;
}

export interface MetricsReport extends RetentionFigures, UsageFigures {
  period: { first: YearMonth; last: YearMonth; months: number; cohortMonth: YearMonth };
  filter: { segment: string | null; tier: string | null };
  settings: { countReactivation: boolean; npsWindowMonths: number; ltvWindowMonths: number; windowEnd: IsoDay };
  mrr: { start: number; end: number };
  customers: CustomerCounts;
  ltv: number | null;
  nps: number | null;
  npsResponses: NpsCounts;
  mrrMovements: MrrMovements;
  annualised: AnnualisedFigures;
  ltvDetail: { averageLogoChurnRate: number | null; months: LtvMonth[] };
  drilldown: { revenue: RevenueDrilldown; nps: AccountNps[]; usage: AccountUsage[] };
}
