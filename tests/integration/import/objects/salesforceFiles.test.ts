import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAccountRows } from '../../../../electron/backend/db/repos/accounts';
import { mappingFromDetection } from '../../../../electron/backend/import/mapping';
import { detectProfile } from '../../../../shared/domain/import/profiles';
import { csmImport, initWorkspace, RAVENSTACK, useTempDirs, withOpenWorkspace } from '../revenue/helpers';

const FIXTURES = path.resolve(RAVENSTACK, '..', '..');
const workshop = (name: string) => path.join(FIXTURES, 'salesforce', 'datacloud-workshop', name);
const dataloader = (name: string) => path.join(FIXTURES, 'salesforce', 'dataloader', name);

/**
 * Counts from python3's csv module over the same files: rows, and rows whose AccountId is empty
 * (Contact 84 of 102, Case 26 of 40, Task 39 of 75; every Opportunity names one of the 22 accounts).
 */
const WORKSHOP = {
  accounts: { new: 22, invalid: 0 },
  contacts: { new: 18, invalid: 84 },
  opportunities: { new: 50, invalid: 0 },
  tickets: { new: 14, invalid: 26 },
  activities: { new: 36, invalid: 39 },
};

describe('csm import of the Salesforce workshop export', () => {
  const tempDir = useTempDirs();

  it('imports Account, Contact, Opportunity, Case and Task with the counts the files hold, and again as unchanged', { timeout: 120_000 }, async () => {
    const workspace = await initWorkspace(tempDir());
    const files = ['Account.csv', 'Contact.csv', 'Opportunity.csv', 'Case.csv', 'Task.csv'].map(workshop);
    const first = await csmImport(workspace, files);
    for (const [object, counts] of Object.entries(WORKSHOP)) expect(first[object], object).toMatchObject({ ...counts, conflicts: 0 });
    expect(first.tickets!.errors[0]).toEqual({ file: 'Case.csv', row: 2, column: null, reason: 'a new ticket needs accountExternalId (its account in the same CRM)' });
    expect(first.activities!.errors[0]).toMatchObject({ file: 'Task.csv', row: 2, reason: 'a new activity needs accountExternalId (its account in the same CRM)' });

    const again = await csmImport(workspace, files);
    for (const [object, counts] of Object.entries(WORKSHOP)) {
      expect(again[object], object).toMatchObject({ new: 0, updated: 0, unchanged: counts.new, invalid: counts.invalid });
    }

    await withOpenWorkspace(workspace, (ws) => {
      // Only completed tasks are touches, and every task in this export is "Not Started": Chapman
      // Fowler and Lee's 8 tasks (the last on 2024-01-06) leave it untouched (crmSync/taskTouches.test.ts).
      const row = listAccountRows(ws.sqlite).find((account) => account.name === 'Chapman Fowler and Lee');
      expect(row?.lastTouch).toBeNull();
      expect(ws.sqlite.prepare('SELECT count(*) FROM activities WHERE done = 0').pluck().get()).toBe(36);
      expect(ws.sqlite.prepare('SELECT DISTINCT type FROM activities').pluck().all()).toEqual(['note']); // TaskSubtype "Task"
      expect(ws.sqlite.prepare('SELECT count(*) FROM opportunities WHERE is_won = 1').pluck().get()).toBe(12);
      expect(ws.sqlite.prepare('SELECT count(*) FROM support_tickets WHERE closed_at IS NOT NULL').pluck().get()).toBeGreaterThan(0);
      expect(ws.sqlite.prepare("SELECT count(*) FROM support_tickets WHERE subject IS NULL OR subject = ''").pluck().get()).toBe(0);
    });
  });

  it('imports the Data Loader accounts and their 38 opportunities, whose org-specific Type stays a custom field', { timeout: 120_000 }, async () => {
    const workspace = await initWorkspace(tempDir());
    const result = await csmImport(workspace, [dataloader('accountData.csv'), dataloader('opportunityData.csv')]);
    expect(result.accounts).toMatchObject({ new: 423, invalid: 0 });
    expect(result.opportunities).toMatchObject({ new: 38, invalid: 0 });
    await withOpenWorkspace(workspace, (ws) => {
      expect(ws.sqlite.prepare("SELECT count(*) FROM opportunities WHERE type IS NULL AND json_extract(custom_fields, '$.TYPE') = 'Opportunity'").pluck().get()).toBe(38);
    });
  });
});

describe('profiles of the objects that now sync', () => {
  it("carry a CRM's fixed picklists into the mapping as value translations", () => {
    const task = mappingFromDetection(detectProfile(['Id', 'AccountId', 'WhoId', 'Subject', 'ActivityDate', 'TaskSubtype', 'CallType', 'Type'], 'Task.csv'));
    expect(task.columns['TaskSubtype']).toEqual({ field: 'type', values: expect.objectContaining({ Task: 'note', Call: 'call', Email: 'email' }) });
    expect(task.columns['Type']).toBeUndefined();
    const event = mappingFromDetection(detectProfile(['Id', 'AccountId', 'WhoId', 'WhatId', 'Subject', 'StartDateTime', 'EndDateTime', 'EventSubtype'], 'Event.csv'));
    expect(event.columns['EventSubtype']).toEqual({ field: 'type', values: { Event: 'meeting' } });

    const engagements = detectProfile(['Engagement ID', 'Associated Company IDs', 'Activity type', 'Activity date', 'Email subject', 'Email direction'], 'emails.csv');
    expect(engagements).toMatchObject({ profile: 'hubspot', object: 'activities' });
    expect(engagements.columns.find((column) => column.header === 'Email direction')?.values).toMatchObject({ INCOMING_EMAIL: 'inbound' });
  });

  it('map HubSpot deals and tickets and the subject of a Salesforce case', () => {
    const deals = detectProfile(['Record ID', 'Deal Name', 'Deal Stage', 'Deal Type', 'Amount', 'Close Date', 'Associated Company IDs'], 'deals.csv');
    expect(deals).toMatchObject({ profile: 'hubspot', object: 'opportunities' });
    expect(deals.columns.find((column) => column.header === 'Deal Type')?.field).toBeNull();
    const tickets = detectProfile(['Ticket ID', 'Ticket name', 'Ticket status', 'Priority', 'Create date', 'Close date', 'Associated Company IDs'], 'tickets.csv');
    expect(Object.fromEntries(tickets.columns.map((column) => [column.header, column.field]))).toMatchObject({
      'Ticket ID': 'externalId',
      'Ticket name': 'subject',
      'Create date': 'openedAt',
      'Close date': 'closedAt',
    });
    expect(detectProfile(['Id', 'CaseNumber', 'AccountId', 'Subject', 'Status', 'Priority', 'CreatedDate'], 'Case.csv').columns.find((column) => column.header === 'Subject')?.field).toBe('subject');
  });
});
