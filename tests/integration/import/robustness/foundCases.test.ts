import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTableSource } from '../../../../electron/backend/import/read';
import { importFiles } from '../../../helpers/importFiles';
import { fixedClock, makeTempDir } from '../../../helpers/tempDir';
import { accountCells, damagedExport, HEADER, MAPPING } from './corruptedExport';

/** What the property tests of this folder found, pinned as the smallest files that show it. */
const temp = makeTempDir('csm-found-');
afterAll(() => temp.cleanup());

async function delimiterOf(name: string, text: string | Buffer): Promise<string | null> {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, text);
  return (await openTableSource(file)).delimiter;
}

describe('cases found by the robustness properties', () => {
  it('detects the ; or tab delimiter of an export whose second record starts with a stray quote (corruption.test.ts)', async () => {
    const detected: (string | null)[] = [];
    for (const delimiter of [';', '\t'] as const) {
      const damaged = damagedExport(40, { delimiter, newline: '\n', bom: false }, [{ kind: 'strayQuote', record: 1, at: 0, variant: 0 }]);
      detected.push(await delimiterOf(`stray-quote-${delimiter === ';' ? 'semicolon' : 'tab'}.csv`, damaged.bytes));
    }
    expect(detected).toEqual([';', '\t']);
  });

  it('detects ; in a valid export whose quoted notes span several lines (csvRoundTrip.test.ts)', async () => {
    const note = '"Call notes, Monday\r\nFollow-up, Tuesday\r\nRenewal"';
    const rows = ['Acme', 'Globex', 'Initech'].map((name, i) => `${i + 1};${name};${note}`);
    expect(await delimiterOf('multi-line-notes.csv', ['Id;Name;Description', ...rows].join('\r\n') + '\r\n')).toBe(';');
    // The property's own counterexample: every cell quoted, one record over four lines.
    expect(await delimiterOf('quoted-breaks.csv', '"Id";"Id";"Id";"a";"Id"\n"\r";"\n,\r\n";"";"";""')).toBe(';');
  });

  it('keeps a row error on one line when the bad cell holds a line break (corruption.test.ts)', async () => {
    const file = path.join(temp.dir, 'Account.csv');
    const cells = accountCells(7);
    cells[HEADER.indexOf('Tier__c')] = 'Gold\r\nPlatinum';
    fs.writeFileSync(file, `${HEADER.join(',')}\r\n${cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')}\r\n`);
    const result = await importFiles(path.join(temp.dir, 'w.csm'), [file], { mapping: MAPPING, clock: fixedClock(), create: true });
    const reason = result.tables[0]!.errors[0]!.reason;
    expect(reason).toContain('Gold');
    expect(reason).not.toMatch(/[\r\n]/);
  });
});
