import { describe, expect, it } from 'vitest';
import type { ImportBatch, SyncConflict } from '../../../shared/api';
import { describeCounts, describeUndo } from '../../../renderer/features/imports/history/historyModel';
import { describeResolution, fieldLabel, groupByField, recordHref, recordLabel, valueText } from '../../../renderer/features/sync/conflictModel';
import { keepListed, selectionState, setMany } from '../../../renderer/features/sync/selection';

function conflict(id: number, field: string): SyncConflict {
  return {
    id, entity: 'account', entityId: id, source: 'salesforce', field, label: `Account ${id}`, local: 'a', incoming: 'b',
    lastImported: null, batchId: 1, status: 'open', createdAt: '2026-01-01T00:00:00Z', resolvedAt: null,
  };
}

function batch(counts: Partial<ImportBatch['counts']>): ImportBatch {
  return {
    id: 3, file: 'Account.csv', source: 'salesforce', object: 'accounts', mappingName: 'salesforce', full: false,
    counts: { new: 0, updated: 0, unchanged: 0, conflicts: 0, invalid: 0, missing: 0, ...counts }, createdAt: '2026-01-01T00:00:00Z', undoneAt: null,
  };
}

describe('conflict wording', () => {
  it('labels fields as people read them', () => {
    expect(fieldLabel('renewalDate')).toBe('Renewal date');
    expect(fieldLabel('mrr')).toBe('MRR');
    expect(fieldLabel('accountExternalId')).toBe('Account external id');
    expect(fieldLabel('custom:Tier__c')).toBe('Tier__c (custom)');
  });

  it('tells "no value" from the empty text, and shows booleans as words', () => {
    expect(valueText(null)).toEqual({ text: 'empty', empty: true });
    expect(valueText('')).toEqual({ text: 'empty text', empty: true });
    expect(valueText(false)).toEqual({ text: 'no', empty: false });
    expect(valueText(1200)).toEqual({ text: '1200', empty: false });
  });

  it('names the record by its label, else by kind and id; only accounts have a page', () => {
    expect(recordLabel({ entity: 'account', entityId: 4, label: 'Acme' })).toBe('Acme');
    expect(recordLabel({ entity: 'contact', entityId: 9, label: ' ' })).toBe('Contact #9');
    expect(recordHref('account', 4)).toBe('#/accounts/4');
    expect(recordHref('contact', 9)).toBeNull();
  });

  it('groups by field, fields by label, keeping each field’s conflicts in order', () => {
    const groups = groupByField([conflict(1, 'segment'), conflict(2, 'industry'), conflict(3, 'segment')]);
    expect(groups.map((g) => [g.label, g.conflicts.map((c) => c.id)])).toEqual([
      ['Industry', [2]],
      ['Segment', [1, 3]],
    ]);
  });

  it('says what a resolution did', () => {
    expect(describeResolution('keep_local', 1)).toBe('Kept your value for 1 conflict');
    expect(describeResolution('take_incoming', 3)).toBe("Took the CRM's value for 3 conflicts");
  });
});

describe('selection', () => {
  it('is all, some or none of the shown keys', () => {
    expect(selectionState(new Set([1, 2]), [1, 2])).toBe('all');
    expect(selectionState(new Set([1]), [1, 2])).toBe('some');
    expect(selectionState(new Set([3]), [1, 2])).toBe('none');
  });

  it('adds and removes many at once, and forgets rows no longer listed', () => {
    const selected = setMany(new Set([1]), [2, 3], true);
    expect([...setMany(selected, [1, 3], false)]).toEqual([2]);
    expect([...keepListed(selected, [3, 4])]).toEqual([3]);
  });
});

describe('history wording', () => {
  it('lists only the counts that changed something', () => {
    expect(describeCounts(batch({ new: 22, unchanged: 5, conflicts: 2 }).counts)).toBe('22 new, 2 conflicts');
    expect(describeCounts(batch({ unchanged: 5 }).counts)).toBe('nothing changed');
  });

  it('says what an undo will do before it is done', () => {
    expect(describeUndo(batch({ new: 22 }))).toBe('This will delete the 22 records it created.');
    expect(describeUndo(batch({ new: 1, updated: 2, conflicts: 1 }))).toBe(
      'This will delete the 1 record it created, put back the previous values of 2 updated records and drop its 1 conflict.',
    );
    expect(describeUndo(batch({ unchanged: 3 }))).toContain('changed nothing');
  });
});
