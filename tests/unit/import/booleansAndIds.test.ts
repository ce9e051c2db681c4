import { describe, expect, it } from 'vitest';
import { isSalesforceId, normalizeSalesforceId, parseBoolean, salesforceIdSuffix } from '../../../shared/domain/import/values';

describe('parseBoolean', () => {
  it.each([
    ['true', true], ['false', false], ['TRUE', true], ['FALSE', false], ['1', true], ['0', false],
    ['Yes', true], ['No', false], ['yes', true], ['NO', false], [' true ', true],
  ] as const)('%s is %s', (text, expected) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value: expected });
  });

  it('treats empty as unknown, not false', () => {
    expect(parseBoolean('')).toEqual({ ok: true, value: null });
  });

  it('refuses other words with a reason', () => {
    expect(parseBoolean('maybe')).toEqual({ ok: false, reason: '"maybe" is not a yes/no value (expected true/false, yes/no or 1/0)' });
    expect(parseBoolean('2').ok).toBe(false);
  });
});

describe('Salesforce ids', () => {
  // A widely cited pair of the same record's 15- and 18-character ids.
  it('computes the case-safe suffix', () => {
    expect(normalizeSalesforceId('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
    expect(salesforceIdSuffix('001000000000000')).toBe('AAA');
    expect(salesforceIdSuffix('AAAAAAAAAAAAAAA')).toBe('555');
  });

  it('treats the 15- and 18-character forms as one record', () => {
    expect(normalizeSalesforceId('001A0000006Vm9rIAC')).toBe('001A0000006Vm9rIAC');
    expect(normalizeSalesforceId('001A0000006Vm9rIac')).toBe('001A0000006Vm9rIAC');
  });

  it('restores the case of an 18-character id that lost it', () => {
    expect(normalizeSalesforceId('001a0000006vm9riac')).toBe('001A0000006Vm9rIAC');
    expect(normalizeSalesforceId('001A0000006VM9RIAC')).toBe('001A0000006Vm9rIAC');
  });

  it('rejects what is not an id', () => {
    expect(normalizeSalesforceId('')).toBeNull();
    expect(normalizeSalesforceId('001A0000006Vm9')).toBeNull();
    expect(normalizeSalesforceId('001A0000006Vm9r!!!')).toBeNull();
    // Suffix says the first character is upper-case, but it is a digit.
    expect(normalizeSalesforceId('001A0000006Vm9rBAC')).toBeNull();
    expect(isSalesforceId('001A0000006Vm9r')).toBe(true);
    expect(isSalesforceId('001A0000006Vm9rIAC')).toBe(true);
    expect(isSalesforceId('001A0000006Vm9rAAA')).toBe(false);
    expect(isSalesforceId('hello')).toBe(false);
  });
});
