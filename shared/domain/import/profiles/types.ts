import type { ObjectName } from '../fields';

export type ProfileName = 'salesforce' | 'salesforce-report' | 'hubspot' | 'generic';

/**
 * One kind of record a CRM exports (Salesforce Account, HubSpot deals, a subscriptions table),
 * written as data: how to recognise it and which of its columns feed which workbench field.
 */
export interface SourceObjectSpec {
  /** The CRM's own name for it, shown to the user ("Account", "deals"). */
  sourceObject: string;
  /** The workbench object it imports into, or null when the workbench has none (Leads, Users). */
  object: ObjectName | null;
  /** Headers typical of this object and rare elsewhere; the share present decides the object. */
  markers: readonly string[];
  /** File names (without extension, any case) that name this object, e.g. "Account", "subscriptions". */
  fileNames: readonly string[];
  /**
   * [header, field] pairs, or [header, field, values] where the CRM's fixed picklist values are
   * translated into the workbench's (Salesforce TaskSubtype "Task" -> note). When several
   * headers feed one field, the earlier pair wins.
   */
  fields: readonly FieldSource[];
}

export type FieldSource = readonly [header: string, field: string, values?: ValueTranslations];

/** Source text -> workbench value, matched exactly and then ignoring case (as a mapping's "values"). */
export type ValueTranslations = Readonly<Record<string, string>>;

export interface CrmProfileSpec {
  profile: ProfileName;
  /** How the reason names a mapped header: "Salesforce API name", "HubSpot column". */
  headerKind: string;
  /** Turns a header into the key the tables are written in (case and spacing rules differ per CRM). */
  key(header: string): string;
  objects: readonly SourceObjectSpec[];
  /** Further headers this CRM writes that map to nothing but show the file is its. */
  knownHeaders: readonly string[];
  /** Headers only this CRM writes; each one present adds to its score. */
  distinctive: readonly string[];
  /** Headers the CRM's key() leaves as-is but that follow its naming rule (Salesforce custom fields). */
  looksLike?(header: string): boolean;
}

export interface ColumnMapping {
  header: string;
  /** The workbench field, or null: the column is kept as a custom field under its original header. */
  field: string | null;
  /** The CRM's picklist values translated into the field's, when the profile knows them. */
  values?: ValueTranslations;
  reason: string;
}

export interface ProfileDetection {
  profile: ProfileName;
  object: ObjectName | null;
  /** The CRM's name for what the file holds ("Salesforce Lead"), or null when nothing fitted. */
  sourceObject: string | null;
  /** From 0 to 1. */
  confidence: number;
  columns: ColumnMapping[];
}
