import type { AccountRow } from '../../../shared/api/dto';

/**
 * The account fields the workbench owns and writes back to the CRM (DOMAIN.md, "Export back
 * to the CRM"): health score and colour, CSM pulse, journey stage, last touch, next touch due.
 *
 * Only the columns that exist today are here. Health, pulse and next touch due arrive with the
 * scoring and cadence issue; each is then one more entry in this list. They are left out
 * rather than exported empty, because an empty cell in an update import blanks the CRM field.
 *
 * Salesforce needs these custom fields on Account (API names, for the Data Loader mapping):
 *   CSM_Journey_Stage__c   Text(40) or Picklist with the workbench's stage values
 *   CSM_Last_Touch__c      Date
 * HubSpot needs these company properties (labels, which the import matches on):
 *   CSM Journey Stage      single-line text or dropdown
 *   CSM Last Touch         date picker
 */
export interface OwnedField {
  /** The workbench's name for the field. */
  key: string;
  salesforceField: string;
  hubspotLabel: string;
  /** The cell text; dates as YYYY-MM-DD, which both CRMs import. */
  value(account: AccountRow): string;
}

export const OWNED_ACCOUNT_FIELDS: readonly OwnedField[] = [
  {
    key: 'stage',
    salesforceField: 'CSM_Journey_Stage__c',
    hubspotLabel: 'CSM Journey Stage',
    value: (account) => account.stage ?? '',
  },
  {
    key: 'lastTouch',
    salesforceField: 'CSM_Last_Touch__c',
    hubspotLabel: 'CSM Last Touch',
    value: (account) => calendarDate(account.lastTouch),
  },
];

/**
 * The calendar date as the touch was logged (its own offset), not shifted to UTC: a call at
 * 23:30 local time happened on that local day.
 */
export function calendarDate(isoDateTime: string | null): string {
  if (isoDateTime === null) return '';
  const match = /^\d{4}-\d{2}-\d{2}/.exec(isoDateTime);
  return match ? match[0] : '';
}
