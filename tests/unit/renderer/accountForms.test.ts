import { describe, expect, it } from 'vitest';
import type { Account, Activity, Contact } from '../../../shared/api';
import { sortActivitiesNewestFirst } from '../../../renderer/api/queries';
import { isEditableTarget, isUndoShortcut } from '../../../renderer/components/keyboard';
import { ACCOUNT_FIELDS, fieldInputValue, isUnchanged, parseFieldInput, patchFor, type AccountFieldDef } from '../../../renderer/features/account/accountFields';
import { buildActivityInput, newActivityDraft, toggleId } from '../../../renderer/features/account/activityForm';
import {
  EMPTY_CONTACT_DRAFT,
  contactDisplayName,
  contactPatch,
  contactToDraft,
  readContactDraft,
  recreateContactInput,
} from '../../../renderer/features/account/contactForm';
import { activityContactNames } from '../../../renderer/features/account/Timeline';

const field = (key: string): AccountFieldDef => ACCOUNT_FIELDS.find((f) => f.key === key)!;

const account: Account = {
  id: 7,
  externalIds: { salesforce: '001' },
  name: 'Acme',
  domain: null,
  tier: 'strategic',
  segment: null,
  owner: 'Ann',
  stage: null,
  status: 'active',
  mrr: 1000,
  arr: 12000,
  currency: 'USD',
  contractStart: null,
  renewalDate: '2027-03-01',
  seats: 40,
  industry: null,
  region: null,
  customFields: {},
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const contact: Contact = {
  id: 3,
  accountId: 7,
  externalIds: {},
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  title: null,
  role: 'champion',
  phone: null,
  customFields: {},
};

describe('account profile fields', () => {
  it('covers every field the brief lists, labelled for tests and screen readers', () => {
    expect(ACCOUNT_FIELDS.map((f) => f.label)).toEqual([
      'Name', 'Domain', 'Tier', 'Segment', 'Owner', 'Stage', 'Status', 'MRR', 'ARR', 'Currency',
      'Contract start', 'Renewal date', 'Seats', 'Industry', 'Region',
    ]);
  });

  it('shows current values as input text', () => {
    expect(fieldInputValue(account, field('mrr'))).toBe('1000');
    expect(fieldInputValue(account, field('domain'))).toBe('');
    expect(fieldInputValue(account, field('tier'))).toBe('strategic');
  });

  it('parses what was typed into patch values', () => {
    expect(parseFieldInput(field('owner'), '  Bob ')).toEqual({ ok: true, value: 'Bob' });
    expect(parseFieldInput(field('owner'), '   ')).toEqual({ ok: true, value: null });
    expect(parseFieldInput(field('mrr'), '12,500.50')).toEqual({ ok: true, value: 12500.5 });
    expect(parseFieldInput(field('seats'), '')).toEqual({ ok: true, value: null });
    expect(parseFieldInput(field('tier'), '')).toEqual({ ok: true, value: null });
    expect(parseFieldInput(field('renewalDate'), '2027-04-01')).toEqual({ ok: true, value: '2027-04-01' });
    expect(parseFieldInput(field('currency'), 'eur')).toEqual({ ok: true, value: 'EUR' });
  });

  it('refuses bad input with a message naming the field', () => {
    const cases: [string, string, string][] = [
      ['name', ' ', 'Name cannot be empty.'],
      ['mrr', 'lots', 'MRR must be a number, like 12000 or 12,000.50.'],
      ['arr', '', 'ARR is required (0 or more).'],
      ['arr', '-5', 'ARR cannot be negative.'],
      ['seats', '2.5', 'Seats must be a whole number, 0 or more.'],
      ['renewalDate', '2027-02-30', 'Renewal date must be a date (YYYY-MM-DD).'],
      ['currency', 'dollars', 'Currency is a 3-letter code, like USD or EUR.'],
      ['status', '', 'Choose a status.'],
      ['stage', 'winning', 'Stage: unknown value "winning".'],
    ];
    for (const [key, text, message] of cases) expect(parseFieldInput(field(key), text)).toEqual({ ok: false, message });
  });

  it('builds one-field patches and spots no-op saves', () => {
    expect(patchFor(field('owner'), 'Bob')).toEqual({ owner: 'Bob' });
    expect(isUnchanged(account, field('owner'), 'Ann')).toBe(true);
    expect(isUnchanged(account, field('domain'), null)).toBe(true);
    expect(isUnchanged(account, field('mrr'), 1001)).toBe(false);
  });
});

describe('contact form', () => {
  it('normalises a draft and requires some name', () => {
    expect(readContactDraft({ ...EMPTY_CONTACT_DRAFT, firstName: ' Grace ', email: ' ', role: 'user' })).toEqual({
      ok: true,
      values: { firstName: 'Grace', lastName: '', email: null, title: null, role: 'user', phone: null },
    });
    expect(readContactDraft({ ...EMPTY_CONTACT_DRAFT, email: 'nope' })).toEqual({
      ok: false,
      errors: { firstName: 'Enter a first or last name.', email: '"nope" is not a valid email address.' },
    });
  });

  it('patches only what changed', () => {
    const read = readContactDraft({ ...contactToDraft(contact), title: 'CTO' });
    expect(read.ok && contactPatch(contact, read.values)).toEqual({ title: 'CTO' });
  });

  it('re-creates a removed contact for undo and names contacts', () => {
    expect(recreateContactInput(contact)).toEqual({
      accountId: 7, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', title: null, role: 'champion', phone: null,
    });
    expect(contactDisplayName(contact)).toBe('Ada Lovelace');
    expect(contactDisplayName({ firstName: '', lastName: '', email: 'x@y.z' })).toBe('x@y.z');
    expect(contactDisplayName({ firstName: '', lastName: '', email: null })).toBe('Unnamed contact');
  });
});

describe('log activity form', () => {
  it('defaults to a call now', () => {
    const draft = newActivityDraft(new Date(2026, 4, 2, 8, 7));
    expect(draft).toMatchObject({ type: 'call', when: '2026-05-02T08:07', subject: '', contactIds: [] });
  });

  it('builds the activities.log input with the local offset', () => {
    const draft = { ...newActivityDraft(new Date(2026, 4, 2, 8, 7)), subject: ' Kickoff ', summary: 'notes ', contactIds: [3, 3, 4] };
    expect(buildActivityInput(7, draft, 120)).toEqual({
      ok: true,
      input: {
        accountId: 7, type: 'call', occurredAt: '2026-05-02T08:07:00+02:00', subject: 'Kickoff', summary: 'notes',
        direction: null, replied: null, contactIds: [3, 4],
      },
    });
  });

  it('asks direction and reply only for emails', () => {
    const email = { ...newActivityDraft(new Date(2026, 0, 1)), type: 'email' as const, subject: 'Hi', direction: 'outbound' as const, replied: false };
    const result = buildActivityInput(1, email, 0);
    expect(result.ok && [result.input.direction, result.input.replied]).toEqual(['outbound', false]);
    const call = { ...email, type: 'call' as const };
    const asCall = buildActivityInput(1, call, 0);
    expect(asCall.ok && [asCall.input.direction, asCall.input.replied]).toEqual([null, null]);
  });

  it('refuses a missing subject or date', () => {
    expect(buildActivityInput(1, { ...newActivityDraft(new Date()), when: '', subject: '' }, 0)).toEqual({
      ok: false,
      errors: { when: 'Enter the date and time it happened.', subject: 'Enter a subject.' },
    });
  });

  it('toggles contact ids', () => {
    expect(toggleId([1, 2], 2)).toEqual([1]);
    expect(toggleId([1], 2)).toEqual([1, 2]);
  });
});

describe('timeline helpers', () => {
  const activity = (id: number, occurredAt: string, contactIds: number[] = []): Activity => ({
    id, accountId: 7, type: 'call', occurredAt, subject: 's', summary: '', direction: null, replied: null, contactIds, createdAt: occurredAt,
  });

  it('sorts newest first across offsets', () => {
    const sorted = sortActivitiesNewestFirst([
      activity(1, '2026-01-01T10:00:00+00:00'),
      activity(2, '2026-01-01T11:30:00+02:00'), // 09:30 UTC
      activity(3, '2026-01-02'),
    ]);
    expect(sorted.map((a) => a.id)).toEqual([3, 1, 2]);
  });

  it('names contacts, including removed ones', () => {
    expect(activityContactNames(activity(1, '2026-01-01', [3, 99]), [contact])).toEqual(['Ada Lovelace', 'a removed contact']);
  });
});

describe('keyboard helpers', () => {
  it('knows text fields and the undo shortcut', () => {
    expect(isEditableTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isEditableTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isEditableTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
    const key = { key: 'z', ctrlKey: false, metaKey: true, shiftKey: false, altKey: false };
    expect(isUndoShortcut(key)).toBe(true);
    expect(isUndoShortcut({ ...key, shiftKey: true })).toBe(false);
    expect(isUndoShortcut({ ...key, metaKey: false })).toBe(false);
  });
});
