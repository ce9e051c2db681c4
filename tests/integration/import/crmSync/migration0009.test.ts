import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAccountRows } from '../../../../electron/backend/db/repos/accounts';
import { openWorkspace } from '../../../../electron/backend/db/workspace';
import { fixedClock, makeTempDir } from '../../../helpers/tempDir';
import { writeOldWorkspace } from '../../../helpers/oldWorkspace';

describe('migration 0009_task_status_and_local_edits', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('keeps every touch logged before it counting, and starts with no recorded edits', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'old.csm');
    await writeOldWorkspace(file, '0009', (sqlite) =>
      sqlite.exec(`INSERT INTO accounts (id, name, created_at, updated_at) VALUES (1, 'Acme', 'x', 'x');
      INSERT INTO activities (account_id, type, occurred_at, subject, direction, replied, created_at)
      VALUES (1, 'call', '2026-10-01', 'Call', NULL, NULL, 'x'), (1, 'email', '2026-10-05', 'Sent', 'outbound', NULL, 'x'),
             (1, 'email', '2026-10-09', 'Unanswered', 'outbound', 0, 'x');`),
    );

    const workspace = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    try {
      expect(workspace.sqlite.prepare('SELECT subject, status, done FROM activities ORDER BY id').all()).toEqual([
        { subject: 'Call', status: null, done: null },
        { subject: 'Sent', status: null, done: null },
        { subject: 'Unanswered', status: null, done: null },
      ]);
      // The outbound email whose reply is unknown counts (TOUCH_CONDITION used to drop it: a NULL reply made it NULL).
      expect(listAccountRows(workspace.sqlite)[0]?.lastTouch).toBe('2026-10-05');
      expect(workspace.sqlite.prepare('SELECT count(*) FROM local_edits').pluck().get()).toBe(0);
      expect(() => workspace.sqlite.prepare("UPDATE activities SET done = 2 WHERE subject = 'Call'").run()).toThrow(/CHECK constraint/);
    } finally {
      await workspace.close();
    }
  });
});
