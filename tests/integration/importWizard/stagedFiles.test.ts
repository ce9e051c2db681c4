import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { StagedFiles } from '../../../electron/backend/import/wizard/stagedFiles';
import { makeTempDir } from '../../helpers/tempDir';
import { filesBelow, rejectionOf } from './helpers';

async function* chunks(...parts: (string | Error)[]): AsyncGenerator<Buffer> {
  for (const part of parts) {
    if (part instanceof Error) throw part;
    yield Buffer.from(part);
  }
}

describe('the staged-file registry', () => {
  const temps: (() => void)[] = [];
  afterEach(() => temps.splice(0).forEach((cleanup) => cleanup()));
  function registry() {
    const { dir, cleanup } = makeTempDir('csm-staged-');
    temps.push(cleanup);
    return { staged: new StagedFiles(dir), dir };
  }

  it('keeps an upload under a fresh id with its extension, by its last path part, until cleared', async () => {
    const { staged, dir } = registry();
    const file = await staged.upload('../../exports\\Q3/companies.XLSX', chunks('PK', 'rest'));
    expect(file).toEqual({ fileId: expect.any(String), name: 'companies.XLSX', size: 6 });
    const entry = staged.get(file.fileId);
    expect(entry).toMatchObject({ temporary: true, name: 'companies.XLSX' });
    expect(entry.path.startsWith(dir)).toBe(true);
    expect(entry.path.endsWith(`${file.fileId}.xlsx`)).toBe(true);
    expect(fs.readFileSync(entry.path, 'utf8')).toBe('PKrest');

    staged.clear();
    expect(filesBelow(dir)).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect((await rejectionOf(Promise.resolve().then(() => staged.get(file.fileId)))).code).toBe('NOT_FOUND');
  });

  it('leaves nothing of an upload that fails half-way, and says why', async () => {
    const { staged, dir } = registry();
    const limit = new AppError('BAD_INPUT', 'too large');
    expect(await rejectionOf(staged.upload('a.csv', chunks('Name\n', 'Acme\n', limit)))).toBe(limit);
    const reset = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    const interrupted = await rejectionOf(staged.upload('b.csv', chunks('Name\n', reset)));
    expect(interrupted.message).toBe('b.csv: the upload stopped before the end (the connection closed); nothing was kept');
    expect((await rejectionOf(staged.upload('c.csv', chunks()))).message).toBe('c.csv: the file is empty');
    expect((await rejectionOf(staged.upload(' / ', chunks('x')))).message).toMatch(/^Name the uploaded file/);
    expect(filesBelow(dir)).toEqual([]);
  });

  it('registers a file where it is and never deletes it', async () => {
    const { staged, dir } = registry();
    const own = `${dir}/Account.csv`;
    fs.writeFileSync(own, 'Name\nAcme\n');
    const file = staged.register(own);
    expect(staged.get(file.fileId)).toMatchObject({ path: own, temporary: false, size: 10 });
    staged.clear();
    expect(fs.existsSync(own)).toBe(true);
  });
});
