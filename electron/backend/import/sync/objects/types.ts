import type Database from 'better-sqlite3';
import type { CustomValue } from '../../../../../shared/api/dto';
import type { ObjectName } from '../../../../../shared/domain/import/fields';
import type { ExternalEntity } from '../../../db/repos/externalIds';
import type { MappedRecord } from '../../types';

/**
 * Links resolved for one record: extra synced fields (e.g. accountId) and values put in their
 * stored form (they replace the mapped ones), or why the record is invalid.
 */
export type LinkResult = { fields: Record<string, CustomValue> } | { error: string };

/** One part of a natural key: a synced field (links resolved, e.g. accountId) and its column. */
export interface KeyPart {
  field: string;
  column: string;
  /** May be empty and still match (usage: no feature is the account's totals); other parts must have a value. */
  optional?: boolean;
}

/**
 * How a record without a known external id finds its match: the same values in these columns,
 * text compared case-insensitively. No parts: matched by external id only. A key of several
 * parts starts with the indexed account_id (see match.ts).
 */
export interface NaturalKey {
  parts: readonly KeyPart[];
  /** Words for messages ("domain", "account, date and feature"). */
  label: string;
  /** The field of a one-part text key (accounts: domain), merged case-insensitively too; '' otherwise. */
  field: string;
  /** The table allows one record per key (a unique index): a second holder is refused, never written. */
  unique?: boolean;
}

/**
 * Everything the sync engine needs to know about one importable object. Adding an object is
 * one file that exports one of these (and one line in objects/index.ts).
 */
export interface SyncObject {
  object: ObjectName;
  /** The entity name in external_ids, sync_field_state, sync_conflicts and sync_missing. */
  entity: ExternalEntity;
  /** The table holding the records (must have id, custom_fields, created_at, updated_at). */
  table: string;
  /** A record in words, for messages ("account"). */
  noun: string;
  /** Synced workbench field -> column. Link fields produced by resolveLinks are listed too. */
  columns: Readonly<Record<string, string>>;
  /** Fields a new record cannot be created without. */
  requiredForNew: readonly string[];
  /** NOT NULL columns with a default: an incoming null is ignored rather than written. */
  notNullFields: readonly string[];
  /** Column defaults: a never-imported local value equal to one is empty, not the user's own. */
  defaults: Readonly<Record<string, CustomValue>>;
  /** The matching rule for records without a known external id. */
  naturalKey: NaturalKey;
  /**
   * Turns link fields (accountExternalId) into synced fields (accountId), puts values in their
   * stored form (booleans as 0/1, as SQLite hands them back), or rejects the record.
   */
  resolveLinks?: (sqlite: Database.Database, source: string, record: MappedRecord, isNew: boolean) => LinkResult;
  /** Rows elsewhere that point at a record: undo refuses to delete a record they still use. */
  dependents: readonly { table: string; column: string }[];
}
