import type { Generated } from 'kysely';

/** Kysely's view of the workspace tables (snake_case, as stored). */
export interface WorkspaceMetaTable {
  key: string;
  value: string;
}

export interface AccountsTable {
  id: Generated<number>;
  name: string;
  domain: string | null;
  tier: string | null;
  segment: string | null;
  owner: string | null;
  stage: string | null;
  status: Generated<string>;
  mrr: Generated<number>;
  arr: Generated<number>;
  currency: Generated<string>;
  contract_start: string | null;
  renewal_date: string | null;
  seats: number | null;
  industry: string | null;
  region: string | null;
  custom_fields: Generated<string>;
  /** The import batch that created the record while it still holds what that batch imported (migration 0011). */
  sync_base_batch: Generated<number | null>;
  created_at: string;
  updated_at: string;
}

export interface ExternalIdsTable {
  entity: string;
  entity_id: number;
  source: string;
  external_id: string;
}

export interface ContactsTable {
  id: Generated<number>;
  account_id: number;
  first_name: Generated<string>;
  last_name: Generated<string>;
  email: string | null;
  title: string | null;
  role: string | null;
  phone: string | null;
  custom_fields: Generated<string>;
  /** The import batch that created the record while it still holds what that batch imported (migration 0011). */
  sync_base_batch: Generated<number | null>;
  created_at: string;
  updated_at: string;
}

/** One row per account and month (unique). */
export interface RevenueHistoryTable {
  id: Generated<number>;
  account_id: number;
  period: string;
  mrr: number;
  custom_fields: Generated<string>;
  /** The import batch that created the record while it still holds what that batch imported (migration 0011). */
  sync_base_batch: Generated<number | null>;
  /** NULL on rows not written by an import (demo, before migration 0005). */
  created_at: string | null;
  updated_at: string | null;
}

export interface SubscriptionsTable {
  id: Generated<number>;
  account_id: number;
  start_date: string;
  /** NULL while the subscription is active. */
  end_date: string | null;
  mrr: Generated<number>;
  custom_fields: Generated<string>;
  /** The import batch that created the record while it still holds what that batch imported (migration 0011). */
  sync_base_batch: Generated<number | null>;
  created_at: string;
  updated_at: string;
}

export interface OpportunitiesTable {
  id: Generated<number>;
  account_id: number;
  name: string;
  type: string | null;
  stage: string | null;
  amount: number | null;
  currency: Generated<string>;
  close_date: string | null;
  is_closed: Generated<number>;
  is_won: Generated<number>;
  custom_fields: Generated<string>;
  /** The import batch that created the record while it still holds what that batch imported (migration 0011). */
  sync_base_batch: Generated<number | null>;
  created_at: string;
  updated_at: string;
}

/** Per account and day (or week): the account's totals (feature NULL), or one feature's use. */
export interface UsageTable {
  id: Generated<number>;
  account_id: number;
  subscription_id: number | null;
  date: string;
  feature: string | null;
  active_users: number | null;
  logins: number | null;
  features_used: number | null;
  seats: number | null;
  custom_fields: Generated<string>;
  /** The import batch that created the record while it still holds what that batch imported (migration 0011). */
  sync_base_batch: Generated<number | null>;
  /** NULL on rows not written by an import (demo, before migration 0005). */
  created_at: string | null;
  updated_at: string | null;
}

export interface SupportTicketsTable {
  id: Generated<number>;
  account_id: number;
  subject: string | null;
  opened_at: string;
  closed_at: string | null;
  priority: string | null;
  status: string | null;
  custom_fields: Generated<string>;
  /** The import batch that created the record while it still holds what that batch imported (migration 0011). */
  sync_base_batch: Generated<number | null>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface NpsResponsesTable {
  id: Generated<number>;
  account_id: number;
  contact_id: number | null;
  contact_email: string | null;
  score: number;
  comment: string | null;
  responded_at: string;
  custom_fields: Generated<string>;
  /** The import batch that created the record while it still holds what that batch imported (migration 0011). */
  sync_base_batch: Generated<number | null>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface ActivitiesTable {
  id: Generated<number>;
  account_id: number;
  type: string;
  occurred_at: string;
  subject: string;
  summary: Generated<string>;
  direction: string | null;
  replied: number | null;
  /** The CRM's own word for a task's state ("Not Started", "Completed"); migration 0009. */
  status: string | null;
  /** 1 done, 0 open or not held, NULL not known (hand-logged): only 0 is no touch. */
  done: number | null;
  custom_fields: Generated<string>;
  /** The import batch that created the record while it still holds what that batch imported (migration 0011). */
  sync_base_batch: Generated<number | null>;
  created_at: string;
  updated_at: Generated<string>;
}

/** Which column of which record a user changed by hand, after which import batch (migration 0009). */
export interface LocalEditsTable {
  table_name: string;
  row_id: number;
  column_name: string;
  edited_at: string;
  after_batch_id: number;
}

export interface ActivityContactsTable {
  activity_id: number;
  contact_id: number;
}

export interface NotesTable {
  id: Generated<number>;
  account_id: number;
  title: Generated<string>;
  body: Generated<string>;
  template: string | null;
  call_started_at: string | null;
  call_ended_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TasksTable {
  id: Generated<number>;
  account_id: number | null;
  note_id: number | null;
  title: string;
  due_date: string | null;
  status: Generated<string>;
  source: Generated<string>;
  created_at: string;
  completed_at: string | null;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  file: string;
  file_hash: string;
  source: string;
  object: string;
  mapping_name: string;
  full_export: Generated<number>;
  /** JSON: new, updated, unchanged, conflicts, invalid, missing. */
  counts: string;
  created_at: string;
  undone_at: string | null;
  /** Records this batch created without a state row (migration 0011): their fields (JSON array), table and id run. */
  base_fields: Generated<string | null>;
  base_table: Generated<string | null>;
  base_first_id: Generated<number | null>;
  base_last_id: Generated<number | null>;
}

export interface ImportBatchChangesTable {
  batch_id: number;
  seq: number;
  table_name: string;
  /** JSON object of the written row's key columns. */
  row_key: string;
  action: 'inserted' | 'updated' | 'deleted' | 'field_set';
  /** JSON: the changed columns before (updated), the whole row (deleted), null (inserted). */
  previous: string | null;
}

/** The values last imported for one record from one source: a JSON object of field -> value. */
export interface SyncRecordStateTable {
  entity: string;
  source: string;
  entity_id: number;
  values_json: string;
  batch_id: number;
  /** The batch that created the record (undo removes it), or null for a record that existed before. */
  created_batch_id: number | null;
}

export interface SyncConflictsTable {
  id: Generated<number>;
  entity: string;
  entity_id: number;
  source: string;
  field: string;
  local_json: string;
  incoming_json: string;
  last_imported_json: string | null;
  batch_id: number;
  status: Generated<'open' | 'kept_local' | 'took_incoming' | 'superseded'>;
  created_at: string;
  resolved_at: string | null;
}

export interface SyncMissingTable {
  entity: string;
  entity_id: number;
  source: string;
  batch_id: number;
  flagged_at: string;
}

export interface MappingProfilesTable {
  name: string;
  header_key: string;
  header_json: string;
  mapping_json: string;
  updated_at: string;
}

/** Every saved version of every health scorecard (migration 0008). */
export interface HealthScorecardsTable {
  id: string;
  version: number;
  position: Generated<number>;
  /** JSON: shared/domain/health Scorecard. */
  definition: string;
  created_at: string;
}

/** One per account and day; the latest recompute of the day wins. */
export interface HealthSnapshotsTable {
  account_id: number;
  date: string;
  /** NULL when the account was not scored. */
  score: number | null;
  band: string;
  /** JSON: [{ id, raw, score, weight }] per measure. */
  breakdown: string;
  scorecard_id: string;
  scorecard_version: number;
  /** The manual override in force that day, if any. */
  override_score: number | null;
  override_band: string | null;
  computed_at: string;
}

/** Manual overrides and CSM pulses; recomputes never delete them. */
export interface HealthOverridesTable {
  id: Generated<number>;
  account_id: number;
  kind: 'override' | 'pulse';
  band: string | null;
  score: number | null;
  pulse: number | null;
  reason: string;
  expires_on: string;
  created_at: string;
}

export interface DB {
  workspace_meta: WorkspaceMetaTable;
  accounts: AccountsTable;
  external_ids: ExternalIdsTable;
  contacts: ContactsTable;
  revenue_history: RevenueHistoryTable;
  subscriptions: SubscriptionsTable;
  opportunities: OpportunitiesTable;
  usage: UsageTable;
  support_tickets: SupportTicketsTable;
  nps_responses: NpsResponsesTable;
  activities: ActivitiesTable;
  activity_contacts: ActivityContactsTable;
  notes: NotesTable;
  tasks: TasksTable;
  import_batches: ImportBatchesTable;
  import_batch_changes: ImportBatchChangesTable;
  sync_record_state: SyncRecordStateTable;
  sync_conflicts: SyncConflictsTable;
  sync_missing: SyncMissingTable;
  mapping_profiles: MappingProfilesTable;
  health_scorecards: HealthScorecardsTable;
  health_snapshots: HealthSnapshotsTable;
  health_overrides: HealthOverridesTable;
  local_edits: LocalEditsTable;
}
