import { normalizeSalesforceId } from '../../../shared/domain/import/values/salesforceIds';
import type { OwnedField } from './ownedFields';

export const EXPORT_FORMATS = ['hubspot', 'salesforce'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How one CRM wants its update file: which id keys a row, and what each column is called. */
export interface CrmFormat {
  /** The `external_ids.source` whose id keys each row. */
  source: ExportFormat;
  idHeader: string;
  columnHeader(field: OwnedField): string;
  /** The id as the CRM's import expects it, or null when the stored text is not one. */
  normalizeId(stored: string): string | null;
  /** RFC 4180 line breaks for both; files are UTF-8 without a byte-order mark. */
  lineEnding: string;
}

/**
 * Salesforce Data Loader "Update" on Account: `Id` is the record id (18-character, case-safe),
 * the other headers are field API names so the mapping can be auto-matched.
 */
const SALESFORCE: CrmFormat = {
  source: 'salesforce',
  idHeader: 'Id',
  columnHeader: (field) => field.salesforceField,
  normalizeId: normalizeSalesforceId,
  lineEnding: '\r\n',
};

/**
 * HubSpot import of existing companies: `Record ID` is the unique identifier that updates a
 * record in place; other headers are property labels, which HubSpot matches automatically.
 */
const HUBSPOT: CrmFormat = {
  source: 'hubspot',
  idHeader: 'Record ID',
  columnHeader: (field) => field.hubspotLabel,
  normalizeId: (stored) => (/^\d+$/.test(stored.trim()) ? stored.trim() : null),
  lineEnding: '\r\n',
};

export const CRM_FORMATS: Record<ExportFormat, CrmFormat> = { salesforce: SALESFORCE, hubspot: HUBSPOT };
