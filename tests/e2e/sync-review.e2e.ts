import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, screenshot } from './harness';
import { AccountPage } from './pages/AccountPage';
import { ImportHistoryPage } from './pages/ImportHistoryPage';
import { ImportWizardPage } from './pages/ImportWizardPage';
import { PortfolioPage } from './pages/PortfolioPage';
import { SyncReviewPage } from './pages/SyncReviewPage';
import { useServedPage } from './session';

const ACCOUNTS = path.join(FIXTURES, 'salesforce/datacloud-workshop/Account.csv');

/** Four accounts whose industry the CRM changes in the next export (each pattern is unique in the file). */
const CRM_CHANGES = [
  { name: 'Walker Henson and Compton', from: ',Finance,6759560', to: ',Insurance,6759560', mine: 'Banking (ours)' },
  { name: 'Patterson-Hansen', from: ',Healthcare,4028720', to: ',Pharma,4028720', mine: 'Health (ours)' },
  { name: 'Chapman Fowler and Lee', from: ',Healthcare,4514117', to: ',Biotech,4514117', mine: 'Care (ours)' },
  { name: 'Warner-Jackson', from: ',Finance,4741784', to: ',Banking,4741784', mine: 'Fintech (ours)' },
] as const;

/** A change only the CRM made: it is simply taken (an update), and makes batch 2 build on batch 1. */
const CRM_ONLY_CHANGE = { from: ',Retail,2743056', to: ',Wholesale,2743056' };

/**
 * Re-import as a sync: the user's edits and the CRM's changes to the same field become
 * conflicts, resolved one by one (buttons, keys) and in bulk; a full export flags the record
 * it no longer holds.
 */
describe('sync review in Chromium', () => {
  const session = useServedPage({ ifMissing: 'empty' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csm-e2e-sync-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  /** The CRM's second export, written by the conflicts test; the full export is made from it. */
  let reExport = '';

  async function openAccount(name: string): Promise<AccountPage> {
    const portfolio = new PortfolioPage(session.page);
    await session.page.goto(`${session.served.origin}/#/portfolio`);
    await portfolio.rows.first().waitFor();
    await session.page.getByLabel('Quick filter', { exact: true }).fill(name);
    await expect.poll(() => portfolio.rowCount()).toBe(1);
    await portfolio.openRow(0);
    const account = new AccountPage(session.page);
    await account.root.waitFor();
    return account;
  }

  async function importFile(file: string, options: { full?: boolean } = {}): Promise<ImportWizardPage> {
    await session.page.goto(`${session.served.origin}/#/import`);
    const wizard = new ImportWizardPage(session.page);
    await wizard.root.waitFor();
    if ((await wizard.root.getAttribute('data-step')) !== 'files') await wizard.startOver();
    await wizard.chooseFiles(file);
    if (options.full) await wizard.setFullExport(true);
    await wizard.runPreview();
    return wizard;
  }

  it('imports the export, and the user edits four accounts’ industry', async () => {
    await session.page.goto(session.served.url);
    const wizard = await importFile(ACCOUNTS);
    await wizard.commit();
    expect(await wizard.count(wizard.result, 'new')).toBe(22);
    for (const change of CRM_CHANGES) {
      const account = await openAccount(change.name);
      await account.editField('Industry', change.mine);
    }
  });

  it('a re-export where the CRM changed the same fields previews and lands as four conflicts (and one update)', async () => {
    let text = fs.readFileSync(ACCOUNTS, 'utf8');
    for (const change of CRM_CHANGES) {
      expect(text.split(change.from)).toHaveLength(2);
      text = text.replace(change.from, change.to);
    }
    text = text.replace(CRM_ONLY_CHANGE.from, CRM_ONLY_CHANGE.to);
    const copy = path.join(dir, 'Account.csv');
    fs.writeFileSync(copy, text);
    reExport = copy;
    const wizard = await importFile(copy);
    expect(await wizard.count(wizard.preview, 'conflicts')).toBe(4);
    expect(await wizard.count(wizard.preview, 'new')).toBe(0);
    expect(await wizard.count(wizard.preview, 'updated')).toBe(1);
    await wizard.commit();
    await session.page.getByRole('link', { name: 'Review 4 conflicts' }).click();
    const review = new SyncReviewPage(session.page);
    await review.root.waitFor();
    await expect.poll(() => review.conflictRows.count()).toBe(4);
    const walker = review.conflict('Walker Henson and Compton');
    const cells = await walker.locator('td').allTextContents();
    expect(cells.slice(1, 4)).toEqual(['Walker Henson and Compton', 'Banking (ours)', 'Insurance from salesforce']);
    expect(cells[4]).toBe('Finance');
    await screenshot(session.page, 'sync-review-conflicts');
  });

  it('keeps mine with a row’s button, and takes theirs with T on a focused row', async () => {
    const review = new SyncReviewPage(session.page);
    await review.resolve('Walker Henson and Compton', 'Keep mine');
    await expect.poll(() => review.conflictRows.count()).toBe(3);
    await session.page.getByTestId('toast').filter({ hasText: 'Kept your value for 1 conflict' }).waitFor();

    await review.conflict('Patterson-Hansen').getByRole('checkbox').focus();
    await session.page.keyboard.press('t');
    await expect.poll(() => review.conflictRows.count()).toBe(2);
    await session.page.getByTestId('toast').filter({ hasText: "Took the CRM's value for 1 conflict" }).waitFor();
  });

  it('answers every conflict of a field at once: select the field, Keep mine', async () => {
    const review = new SyncReviewPage(session.page);
    await review.selectField('Industry', 2).check();
    expect(await session.page.locator('.selected-count').textContent()).toBe('2 selected');
    await screenshot(session.page, 'sync-review-bulk');
    await review.bulk('Keep mine').click();
    await review.noConflicts.waitFor();
    expect(await review.noConflicts.textContent()).toBe('No conflicts: every imported change was merged.');
    await screenshot(session.page, 'sync-review-empty');
  });

  it('each answer landed on the account: mine kept, theirs taken, the CRM-only change taken', async () => {
    const expected: Record<string, string> = {
      'Walker Henson and Compton': 'Banking (ours)',
      'Patterson-Hansen': 'Pharma',
      'Chapman Fowler and Lee': 'Care (ours)',
      'Warner-Jackson': 'Fintech (ours)',
      'Robinson-Dodson': 'Wholesale',
    };
    for (const [name, industry] of Object.entries(expected)) {
      const account = await openAccount(name);
      expect(await account.field('Industry').inputValue()).toBe(industry);
    }
  });

  it('refuses to undo the first import, which a later one built on, and says why', async () => {
    await session.page.goto(`${session.served.origin}/#/imports`);
    const history = new ImportHistoryPage(session.page);
    await history.batch(2).waitFor();
    expect(await history.count(2, 'conflicts')).toBe(4);
    await history.undo(1);
    const alert = history.confirmation(1).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Cannot undo import batch 1: later batch 2 changed the same records');
    expect(await history.status(1).textContent()).toContain('Applied');
    await screenshot(session.page, 'history-undo-refused');
    await session.page.keyboard.press('Escape');
    await expect.poll(() => history.confirmation(1).count()).toBe(0);
  });

  it('a full export without one account flags it missing; the flag is dismissed', async () => {
    const lines = fs.readFileSync(reExport, 'utf8').split('\n');
    const kept = lines.filter((line) => !line.includes('Sample Account for Entitlements'));
    expect(kept).toHaveLength(lines.length - 1);
    const copy = path.join(dir, 'Account-full.csv');
    fs.writeFileSync(copy, kept.join('\n'));
    const wizard = await importFile(copy, { full: true });
    expect(await wizard.count(wizard.preview, 'missing')).toBe(1);
    await wizard.commit();
    await session.page.getByRole('link', { name: 'Open Sync review' }).click();
    const review = new SyncReviewPage(session.page);
    await review.missingRows.first().waitFor();
    expect(await review.missingRows.count()).toBe(1);
    expect(await review.missingRows.first().textContent()).toContain('Sample Account for Entitlements');
    await screenshot(session.page, 'sync-review-missing');
    await session.page.getByRole('button', { name: 'Dismiss Sample Account for Entitlements', exact: true }).click();
    await review.noMissing.waitFor();
  });

  it('raised no errors in the page (other than the API refusals it showed)', () => {
    expect(session.pageErrors.filter((e) => !e.includes('status of 4'))).toEqual([]);
  });
});
