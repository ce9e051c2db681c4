import { z } from 'zod';
import type {
  Account,
  AccountDetail,
  AccountHealthDetail,
  HealthRecomputeResult,
  AccountRow,
  Activity,
  Contact,
  ImportBatch,
  SyncConflict,
  WorkspaceInfo,
} from './dto';
import { AccountStatus, ActivityType, ContactRole, Direction, LifecycleStage, Tier } from './enums';
import type { ImportRunResult, InspectedTable, MissingRecord, SavedMapping, StagedFile } from './importDto';
import { mappingSpecSchema } from './mappingSpec';
import type { MetricsReportDto } from './metricsDto';
import { scorecardSchema, type HealthBookDto, type KeyFeaturesState, type MetricsDashboardDto, type ScorecardReorderResult, type ScorecardSaveResult, type ScorecardsState, type ScorecardVersionDetail } from './healthDto';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const IsoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date-time');
const Id = z.number().int().positive();
const OptionalText = z.string().trim().max(500).nullable();
const Money = z.number().finite().min(0);

export const AccountPatch = z
  .object({
    name: z.string().trim().min(1, 'name cannot be empty').max(300),
    domain: OptionalText,
    tier: Tier.nullable(),
    segment: OptionalText,
    owner: OptionalText,
    stage: LifecycleStage.nullable(),
    status: AccountStatus,
    mrr: Money,
    arr: Money,
    currency: z.string().trim().length(3, 'currency is a 3-letter code'),
    contractStart: IsoDate.nullable(),
    renewalDate: IsoDate.nullable(),
    seats: z.number().int().min(0).nullable(),
    industry: OptionalText,
    region: OptionalText,
  })
  .partial()
  .strict();
export type AccountPatch = z.infer<typeof AccountPatch>;
export const EDITABLE_ACCOUNT_FIELDS = Object.keys(AccountPatch.shape) as (keyof AccountPatch)[];

export const ContactFields = z
  .object({
    firstName: z.string().trim().max(200),
    lastName: z.string().trim().max(200),
    email: z.email('not a valid email address').nullable(),
    title: OptionalText,
    role: ContactRole.nullable(),
    phone: OptionalText,
  })
  .strict();
export const ContactPatch = ContactFields.partial().strict();
export type ContactPatch = z.infer<typeof ContactPatch>;

export const NewActivity = z
  .object({
    accountId: Id,
    type: ActivityType,
    occurredAt: IsoDateTime,
    subject: z.string().trim().min(1, 'subject cannot be empty').max(300),
    summary: z.string().max(20000).default(''),
    direction: Direction.nullable().default(null),
    replied: z.boolean().nullable().default(null),
    contactIds: z.array(Id).default([]),
  })
  .strict();

const FileId = z.string().min(1).max(200);
const TaskId = z.string().min(1).max(100);

/** A preview or commit: the tables to import, each with the mapping the user confirmed. */
const ImportRun = z
  .object({
    taskId: TaskId,
    tables: z
      .array(z.object({ tableKey: z.string().min(1), mapping: mappingSpecSchema, sheet: z.string().optional() }).strict())
      .min(1, 'choose at least one table to import'),
    /** A full export: records of the source absent from it are flagged missing (never deleted). */
    full: z.boolean().default(false),
  })
  .strict();

/**
 * The typed seam: every method the UI, CLI or tests may call, with the schema its input is
 * validated against at the transport, before dispatch. Outputs are typed in ContractOutputs.
 */
export const contract = {
  'workspace.info': z.object({}).strict(),
  'workspace.create': z
    .object({ kind: z.enum(['empty', 'demo']), path: z.string().min(1).optional() })
    .strict(),
  'workspace.open': z.object({ path: z.string().min(1) }).strict(),

  /** Rows sorted by name; `limit` gives the first screen fast while the whole book loads. */
  'accounts.list': z.object({ limit: z.number().int().min(1).max(100_000).optional() }).strict(),
  'accounts.get': z.object({ id: Id }).strict(),
  'accounts.create': AccountPatch.required({ name: true }),
  'accounts.update': z.object({ id: Id, patch: AccountPatch }).strict(),

  'contacts.create': ContactFields.partial()
    .required({ firstName: true, lastName: true })
    .extend({ accountId: Id })
    .strict(),
  'contacts.update': z.object({ id: Id, patch: ContactPatch }).strict(),
  'contacts.delete': z.object({ id: Id }).strict(),

  'activities.list': z
    .object({ accountId: Id, limit: z.number().int().min(1).max(5000).default(500) })
    .strict(),
  'activities.log': NewActivity,

  'imports.history': z.object({}).strict(),
  'imports.undo': z.object({ batchId: Id }).strict(),
  'conflicts.list': z.object({ includeResolved: z.boolean().default(false) }).strict(),
  'conflicts.resolve': z
    .object({
      ids: z.array(Id).min(1, 'choose at least one conflict'),
      resolution: z.enum(['keep_local', 'take_incoming']),
    })
    .strict(),

  /**
   * The Import wizard. A file reaches the back-end once, as a staged file: the browser build
   * uploads its bytes (POST /api/upload), the desktop app registers the path the user chose or
   * dropped. A preview or commit runs under the caller's taskId: progress events carry it, and
   * imports.cancel stops the run with nothing written.
   */
  'files.register': z.object({ path: z.string().min(1) }).strict(),
  'imports.inspect': z
    .object({
      fileIds: z.array(FileId).min(1, 'choose at least one file'),
      /** Read a table differently (the user chose another encoding, delimiter or sheet), by tableKey or fileId. */
      read: z
        .record(
          z.string(),
          z
            .object({
              encoding: z.string().min(1).optional(),
              delimiter: z.string().length(1, 'must be one character, e.g. "," ";" or "\\t"').optional(),
              sheet: z.string().min(1).optional(),
            })
            .strict(),
        )
        .optional(),
    })
    .strict(),
  'imports.preview': ImportRun,
  'imports.commit': ImportRun,
  'imports.cancel': z.object({ taskId: TaskId }).strict(),

  /** Mappings saved by name, reused when the same header set comes back. */
  'mappings.list': z.object({}).strict(),
  'mappings.save': z
    .object({ name: z.string().trim().min(1, 'name the mapping').max(120), header: z.array(z.string()), mapping: mappingSpecSchema })
    .strict(),
  'mappings.delete': z.object({ name: z.string().min(1) }).strict(),

  /** Health: an account's score explained with its trend; a full recompute of the book. */
  'health.get': z.object({ accountId: Id }).strict(),
  /** A full recompute; progress events carry `taskId` when one is given. */
  'health.recompute': z.object({ taskId: z.string().min(1).max(100).optional() }).strict(),
  /** The CSM's own read of an account (1-5): needs a reason and an expiry; recomputes keep it. */
  'health.setPulse': z
    .object({
      accountId: Id,
      pulse: z.number().int().min(1, 'a pulse is from 1 to 5').max(5, 'a pulse is from 1 to 5'),
      reason: z.string().trim().min(1, 'say why').max(2000),
      expiresOn: IsoDate,
    })
    .strict(),
  /** A manual band or score in place of the computed one, with a reason and an expiry. */
  'health.setOverride': z
    .object({
      accountId: Id,
      band: z.string().min(1).nullable().default(null),
      score: z.number().int().min(0).max(100).nullable().default(null),
      reason: z.string().trim().min(1, 'say why').max(2000),
      expiresOn: IsoDate,
    })
    .strict(),
  /**
   * Ends the account's pulse or override in force today (it falls away as if it had expired
   * today; the history keeps it). Undo is setting it again with its old values.
   */
  'health.clearOverride': z.object({ accountId: Id, kind: z.enum(['override', 'pulse']) }).strict(),

  /** The book's raw readings, for the scorecard editor's what-if (scored in the renderer). */
  'health.book': z.object({}).strict(),
  /** The features whose use counts as depth, and every feature seen in usage. */
  'health.keyFeatures': z.object({}).strict(),
  'health.setKeyFeatures': z.object({ features: z.array(z.string().trim().min(1).max(200)).max(500) }).strict(),

  /** Scorecards in force (in order) and their saved versions. */
  'scorecards.list': z.object({}).strict(),
  /**
   * Saves a scorecard as a new version (an edit never changes a saved one) and rescores the
   * accounts it applies to. `position` places a new scorecard; omitted keeps an existing one's.
   */
  'scorecards.save': z.object({ scorecard: scorecardSchema, position: z.number().int().min(0).optional() }).strict(),
  /** Retires a scorecard (its versions stay for the snapshots that cite them); never the last catch-all. */
  'scorecards.delete': z.object({ id: z.string().min(1) }).strict(),
  /**
   * Puts the scorecards in force in this order (every id once; the first whose rule matches an
   * account scores it), in one transaction, and rescores the accounts another scorecard now scores.
   */
  'scorecards.reorder': z.object({ ids: z.array(z.string().min(1).max(80)).min(1).max(1000) }).strict(),
  /** One saved version of a scorecard as it was saved (to read it, or restore it by saving it again). */
  'scorecards.version': z.object({ id: z.string().min(1).max(80), version: z.number().int().min(1) }).strict(),

  /** Records a full export no longer holds: flagged for review, never deleted. */
  'missing.list': z.object({}).strict(),
  'missing.dismiss': z
    .object({ records: z.array(z.object({ entity: z.string(), entityId: Id, source: z.string() }).strict()).min(1) })
    .strict(),

  /** Portfolio metrics of one month (default: the last complete one), optionally for one segment. */
  'metrics.get': z
    .object({ period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM').optional(), segment: z.string().trim().min(1).max(200).optional() })
    .strict(),
  /** The Metrics dashboard: the period's report, a run of months for the trend charts, health by band, the at-risk list. */
  'metrics.dashboard': z
    .object({
      period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM').optional(),
      segment: z.string().trim().min(1).max(200).optional(),
      months: z.number().int().min(1).max(36).default(12),
    })
    .strict(),
} as const;

export interface ContractOutputs {
  'workspace.info': WorkspaceInfo;
  'workspace.create': WorkspaceInfo;
  'workspace.open': WorkspaceInfo;
  /** `total` is the whole book's size, also when `limit` cut `rows` short. */
  'accounts.list': { rows: AccountRow[]; total: number };
  'accounts.get': AccountDetail;
  'accounts.create': Account;
  /** `previous` holds the values the patch replaced, so the UI can undo with one more update. */
  'accounts.update': { account: Account; previous: AccountPatch };
  'contacts.create': Contact;
  'contacts.update': Contact;
  /** The removed contact is returned whole, so the UI can offer undo by re-creating it. */
  'contacts.delete': Contact;
  'activities.list': Activity[];
  'activities.log': Activity;
  /** Newest first. */
  'imports.history': ImportBatch[];
  'imports.undo': ImportBatch;
  'conflicts.list': SyncConflict[];
  'conflicts.resolve': { resolved: number };
  'files.register': StagedFile;
  'imports.inspect': { tables: InspectedTable[] };
  'imports.preview': ImportRunResult;
  'imports.commit': ImportRunResult;
  /**
   * Resolves once the run has ended: true when it stopped with nothing written, false when no
   * run with that taskId was going (or it finished writing before it noticed).
   */
  'imports.cancel': { cancelled: boolean };
  'mappings.list': SavedMapping[];
  'mappings.save': SavedMapping;
  'mappings.delete': { deleted: boolean };
  'health.get': AccountHealthDetail;
  'health.recompute': HealthRecomputeResult;
  /** The account's health with the new pulse or override applied. */
  'health.setPulse': AccountHealthDetail;
  'health.setOverride': AccountHealthDetail;
  /** The account's health once the pulse or override has been cleared. */
  'health.clearOverride': AccountHealthDetail;
  'missing.list': MissingRecord[];
  'missing.dismiss': { dismissed: number };
  'metrics.get': MetricsReportDto;
  'metrics.dashboard': MetricsDashboardDto;
  'health.book': HealthBookDto;
  'health.keyFeatures': KeyFeaturesState;
  'health.setKeyFeatures': KeyFeaturesState;
  'scorecards.list': ScorecardsState;
  'scorecards.save': ScorecardSaveResult;
  'scorecards.delete': { deleted: boolean };
  'scorecards.reorder': ScorecardReorderResult;
  'scorecards.version': ScorecardVersionDetail;
}

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type Input<M extends Method> = z.input<Contract[M]>;
/** What a handler receives, after validation filled in defaults. */
export type ParsedInput<M extends Method> = z.output<Contract[M]>;
export type Output<M extends Method> = ContractOutputs[M];

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

// Compile-time guard: the output map and the schema map name exactly the same methods.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : never;
export const contractOutputsComplete: SameKeys<Contract, ContractOutputs> = true;
