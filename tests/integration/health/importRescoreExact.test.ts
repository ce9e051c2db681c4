import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_CSV, choicesFrom, useWizardBackend, WORKSHOP_ACCOUNTS } from '../importWizard/helpers';

/** When each account's snapshot of the day was last computed. */
function computedAt(file: string): Map<string, string> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const rows = sqlite
      .prepare(`SELECT e.external_id AS crmId, h.computed_at AS at FROM health_snapshots h
                JOIN external_ids e ON e.entity = 'account' AND e.entity_id = h.account_id`)
      .all() as { crmId: string; at: string }[];
    return new Map(rows.map((row) => [row.crmId, row.at]));
  } finally {
    sqlite.close();
  }
}

describe('an import rescores exactly the accounts it touched', () => {
  const wizardBackend = useWizardBackend();

  /** A wizard back-end whose clock the test moves, and a commit of one file through it. */
  async function importingBackend() {
    let now = new Date('2026-11-23T09:00:00.000Z');
    const opened = await wizardBackend({ clock: () => now });
    const commit = async (file: string, taskId: string) => {
      const staged = await opened.backend.dispatch('files.register', { path: file });
      const { tables } = await opened.backend.dispatch('imports.inspect', { fileIds: [staged.fileId] });
      return opened.backend.dispatch('imports.commit', { taskId, tables: choicesFrom(tables) });
    };
    return { ...opened, commit, setNow: (iso: string) => (now = new Date(iso)) };
  }

  it('rescores the whole book after a first import, then only the account a later task import touched', async () => {
    const { dbPath, uploadsRoot, commit, setNow } = await importingBackend();
    await commit(ACCOUNT_CSV, 'accounts');
    const first = computedAt(dbPath);
    expect(first.size).toBe(WORKSHOP_ACCOUNTS);
    expect(new Set(first.values())).toEqual(new Set(['2026-11-23T09:00:00.000Z']));

    // An hour later: one completed call for one account of the export.
    setNow('2026-11-23T10:00:00.000Z');
    const [touchedId, ...others] = [...first.keys()];
    const taskCsv = path.join(uploadsRoot, 'Task.csv');
    fs.writeFileSync(
      taskCsv,
      'Id,AccountId,Subject,ActivityDate,Status,IsClosed,TaskSubtype\r\n' + `00TEc00000Zz001MAJ,${touchedId},Check-in call,2026-11-20,Completed,true,Call\r\n`,
    );
    const result = await commit(taskCsv, 'tasks');
    expect(result.tables[0]).toMatchObject({ new: 1 });

    const second = computedAt(dbPath);
    expect(second.get(touchedId!)).toBe('2026-11-23T10:00:00.000Z');
    expect(others.map((id) => second.get(id))).toEqual(others.map(() => '2026-11-23T09:00:00.000Z'));
  });

  it('rescores the account of an opportunity whose conflict the CSM answers with the CRM value', async () => {
    const { backend, dbPath, uploadsRoot, commit, setNow } = await importingBackend();
    await commit(ACCOUNT_CSV, 'accounts');
    const [accountCrmId, ...others] = [...computedAt(dbPath).keys()];
    const opportunities = (stage: string) => {
      const file = path.join(uploadsRoot, `Opportunity-${stage.replace(/\W/g, '')}.csv`);
      fs.writeFileSync(file, 'Id,AccountId,Name,StageName,Amount,CloseDate,IsClosed,IsWon\r\n' + `006Ec00000Zz001MAJ,${accountCrmId},Renewal 2027,${stage},12000,2027-01-15,false,false\r\n`);
      return file;
    };
    await commit(opportunities('Prospecting'), 'opportunity');
    // The CSM moves the renewal on here; the CRM moves it elsewhere: a conflict on its stage.
    const sqlite = new Database(dbPath);
    sqlite.prepare("UPDATE opportunities SET stage = 'Negotiation/Review'").run();
    sqlite.close();
    await commit(opportunities('Closed Lost'), 'opportunity-again');
    const [conflict] = await backend.dispatch('conflicts.list', {});
    expect(conflict).toMatchObject({ entity: 'opportunity', field: 'stage' });

    setNow('2026-11-23T11:00:00.000Z');
    await backend.dispatch('conflicts.resolve', { ids: [conflict!.id], resolution: 'take_incoming' });
    const after = computedAt(dbPath);
    expect(after.get(accountCrmId!)).toBe('2026-11-23T11:00:00.000Z');
    expect(others.every((id) => after.get(id) !== '2026-11-23T11:00:00.000Z')).toBe(true);
  });
});
