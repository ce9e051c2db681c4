import type {
  AccountStatus,
  ActivityType,
  ContactRole,
  Direction,
  LifecycleStage,
  Tier,
} from './enums';
import type { AccountHealth, Band, EffectiveHealth, HealthTrend } from '../domain/health';
import type { ArrSource } from '../domain/metrics/effectiveArr';

/** A CRM custom field value, kept as the source file gave it (after type detection). */
export type CustomValue = string | number | boolean | null;
export type CustomFields = Record<string, CustomValue>;

/** One line of the portfolio table: only what the table shows, kept small for 100k rows. */
export interface AccountRow {
  id: number;
  name: string;
  tier: Tier | null;
  segment: string | null;
  owner: string | null;
  stage: LifecycleStage | null;
  status: AccountStatus;
  mrr: number;
  /** The effective ARR (shared/domain/metrics effectiveArr): the entered one, else derived from revenue. */
  arr: number;
  /**
   * Where `arr` came from; 'revenue' and 'mrr' are derived, and the screens say so. accounts.list
   * always sets it; optional only so that rows built elsewhere (renderer test fixtures) need not.
   */
  arrSource?: ArrSource;
  currency: string;
  renewalDate: string | null;
  lastTouch: string | null;
  contactsCount: number;
  /**
   * The latest health snapshot's score (the override's while one was in force), null when not
   * scored or never computed. accounts.list always sets both health fields; they are optional
   * only so that rows built elsewhere (renderer test fixtures) need not name them yet.
   */
  healthScore?: number | null;
  /** Its band id ('red', 'yellow', 'green', 'not_scored', ...), null when health was never computed. */
  healthBand?: string | null;
  /**
   * 1 while a manual override was in force on the latest snapshot (then healthBand is the
   * override's), else 0. SQLite's own boolean, kept as a number: no conversion pass over 100k rows.
   */
  healthOverridden?: number;
  /**
   * The computed score's change in points over the trend window (the latest scored snapshot
   * against the one TREND_LOOKBACK_DAYS earlier, as health.get's trend); null with fewer than
   * two scored snapshots. Overrides aside: a trend is the customer's, not the CSM's.
   */
  healthChange?: number | null;
}

export interface Account {
  id: number;
  externalIds: Record<string, string>;
  name: string;
  domain: string | null;
  tier: Tier | null;
  segment: string | null;
  owner: string | null;
  stage: LifecycleStage | null;
  status: AccountStatus;
  mrr: number;
  arr: number;
  currency: string;
  contractStart: string | null;
  renewalDate: string | null;
  seats: number | null;
  industry: string | null;
  region: string | null;
  customFields: CustomFields;
  createdAt: string;
  updatedAt: string;
}

export interface Contact {
  id: number;
  accountId: number;
  externalIds: Record<string, string>;
  firstName: string;
  lastName: string;
  email: string | null;
  title: string | null;
  role: ContactRole | null;
  phone: string | null;
  customFields: CustomFields;
}

export interface Activity {
  id: number;
  accountId: number;
  type: ActivityType;
  occurredAt: string;
  subject: string;
  summary: string;
  direction: Direction | null;
  replied: boolean | null;
  contactIds: number[];
  createdAt: string;
}

export interface AccountDetail {
  account: Account;
  contacts: Contact[];
}

/** A field both the user and the CRM changed since the last import; the local value is kept until resolved. */
export interface SyncConflict {
  id: number;
  entity: string;
  entityId: number;
  source: string;
  field: string;
  /** The record in words ("Acme Corp", "Jane Doe <jane@acme.com>"), for the Sync review screen. */
  label: string;
  local: CustomValue;
  incoming: CustomValue;
  /** null: the field had never been imported from this source. */
  lastImported: CustomValue;
  batchId: number;
  status: 'open' | 'kept_local' | 'took_incoming' | 'superseded';
  createdAt: string;
  resolvedAt: string | null;
}

/** One import in the history, with what it did; an undone batch keeps its row. */
export interface ImportBatch {
  id: number;
  file: string;
  source: string;
  object: string;
  mappingName: string;
  full: boolean;
  counts: { new: number; updated: number; unchanged: number; conflicts: number; invalid: number; missing: number };
  createdAt: string;
  undoneAt: string | null;
}

export interface WorkspaceInfo {
  path: string;
  isDemo: boolean;
  accountCount: number;
  schemaVersion: string;
  createdAt: string;
}

export interface ProgressEvent {
  taskId: string;
  label: string;
  done: number;
  total: number;
}

/** Events pushed from the back-end to every connected UI. */
export interface EventMap {
  progress: ProgressEvent;
  'workspace.changed': WorkspaceInfo;
  'accounts.changed': { ids: number[] };
}
export type EventName = keyof EventMap;
export interface BackendEvent<E extends EventName = EventName> {
  name: E;
  payload: EventMap[E];
}

/** An account's health now, explained measure by measure, with its override and its trend (health.get). */
export interface AccountHealthDetail {
  accountId: number;
  /** Computed from the workspace as it is now, with every measure's raw value, score, weight, share and next-band hint. */
  health: AccountHealth;
  /** What to show: the manual override while it is in force, else the computed health. */
  effective: EffectiveHealth;
  /** From the stored daily snapshots (computed scores), with scorecard version changes marked. */
  trend: HealthTrend;
  /** The bands of the account's scorecard, lowest first: what an override may pick. */
  bands: Band[];
  /** Pulses and overrides set, cleared and expired, oldest first (for the timeline). */
  history: HealthOverrideEvent[];
}

/** One moment in the life of a pulse or a manual override. */
export interface HealthOverrideEvent {
  kind: 'override' | 'pulse';
  /** set: saved by the CSM; cleared: ended by the CSM before its expiry; expired: reached its expiry day. */
  action: 'set' | 'cleared' | 'expired';
  /** When: an ISO time for set and cleared, the expiry day (YYYY-MM-DD) for expired. */
  at: string;
  /** The override's band or score, or the pulse (1–5); the others null. */
  band: string | null;
  score: number | null;
  pulse: number | null;
  reason: string;
  expiresOn: string;
}

/** A recompute's outcome (health.recompute, csm recompute). */
export interface HealthRecomputeResult {
  /** The day scored, YYYY-MM-DD. */
  date: string;
  scored: number;
  notScored: number;
}
