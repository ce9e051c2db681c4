import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { isSalesforceId } from '../../../shared/domain/import/values/salesforceIds';

export interface ParsedExport {
  raw: string;
  header: string[];
  rows: Record<string, string>[];
}

/** Reads an exported file and checks what every CRM import needs: UTF-8 without BOM, CRLF, all fields quoted. */
export function readExport(file: string): ParsedExport {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  expect(raw.endsWith('\r\n')).toBe(true);
  expect(raw.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  for (const line of raw.split('\r\n').slice(0, -1)) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
  const [header, ...records] = parse(raw) as string[][];
  expect(header).toBeDefined();
  const rows = records.map((record) => Object.fromEntries(header!.map((name, i) => [name, record[i] ?? ''])));
  return { raw, header: header!, rows };
}

const FORMULA_START = /^[=+\-@\t\r]/;
const ISO_DATE_OR_EMPTY = /^(\d{4}-\d{2}-\d{2})?$/;

/** Data Loader update: Id first, unique valid 18-character ids, custom field API names, ISO dates, no formulas. */
export function expectDataLoaderUpdate(file: ParsedExport, dateFields: string[]): void {
  expect(file.header[0]).toBe('Id');
  for (const name of file.header.slice(1)) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*__c$/);
  const ids = file.rows.map((row) => row.Id!);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) {
    expect(id).toHaveLength(18);
    expect(isSalesforceId(id)).toBe(true);
  }
  expectSafeCells(file, dateFields);
}

/** HubSpot update import: Record ID first, unique numeric ids, ISO dates, no formulas. */
export function expectHubSpotUpdate(file: ParsedExport, dateFields: string[]): void {
  expect(file.header[0]).toBe('Record ID');
  const ids = file.rows.map((row) => row['Record ID']!);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^\d+$/);
  expectSafeCells(file, dateFields);
}

function expectSafeCells(file: ParsedExport, dateFields: string[]): void {
  for (const row of file.rows) {
    for (const value of Object.values(row)) expect(value).not.toMatch(FORMULA_START);
    for (const field of dateFields) expect(row[field]).toMatch(ISO_DATE_OR_EMPTY);
  }
}
