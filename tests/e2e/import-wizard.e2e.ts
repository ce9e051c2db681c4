import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, screenshot } from './harness';
import { ImportHistoryPage } from './pages/ImportHistoryPage';
import { ImportWizardPage } from './pages/ImportWizardPage';
import { useServedPage } from './session';

const ACCOUNTS = path.join(FIXTURES, 'salesforce/datacloud-workshop/Account.csv');

/**
 * A CSM's first import, through the browser build: a real Salesforce Account export into an
 * empty workspace, its mapping adjusted, previewed, committed with progress, then undone.
 */
describe('import wizard in Chromium', () => {
  const session = useServedPage({ ifMissing: 'empty' });

  it('is reached from the keyboard: G then I', async () => {
    await session.page.goto(session.served.url);
    await session.page.getByTestId('portfolio-empty').waitFor();
    await session.page.keyboard.press('g');
    await session.page.keyboard.press('i');
    const wizard = new ImportWizardPage(session.page);
    await wizard.root.waitFor();
    expect(session.page.url()).toContain('#/import');
    await screenshot(session.page, 'import-files');
  });

  it('reads the file and proposes a mapping: Salesforce Account, columns with samples', async () => {
    const wizard = new ImportWizardPage(session.page);
    await wizard.chooseFiles(ACCOUNTS);
    const detail = wizard.tableDetail;
    expect(await detail.getAttribute('data-table')).toBe('Account.csv');
    expect(await detail.getByLabel('Object', { exact: true }).inputValue()).toBe('accounts');
    expect(await detail.getByLabel('Encoding', { exact: true }).locator('option:checked').textContent()).toMatch(/UTF-8 \(detected\)/i);
    expect(await wizard.target('Id').inputValue()).toBe('externalId');
    expect(await wizard.target('Name').inputValue()).toBe('name');
    expect(await wizard.mappingRow('Name').textContent()).toContain('Walker Henson and Compton');
  });

  it('maps a column with its own words onto an enum field, and saves the mapping by name', async () => {
    const wizard = new ImportWizardPage(session.page);
    await wizard.setTarget('Classification__c', 'stage');
    await wizard.mapValue('Classification__c', 'Prospect', 'onboarding');
    await session.page.getByLabel('Mapping name', { exact: true }).fill('Workshop accounts');
    await session.page.getByRole('button', { name: 'Save mapping', exact: true }).click();
    await session.page.getByText('Saved as “Workshop accounts”').waitFor();
    await screenshot(session.page, 'import-mapping');
  });

  it('previews: unmapped enum values are invalid rows, with file, row, column and reason', async () => {
    const wizard = new ImportWizardPage(session.page);
    await wizard.runPreview();
    expect(await wizard.count(wizard.preview, 'invalid')).toBeGreaterThan(0);
    const firstError = session.page.getByTestId('row-error').first();
    const cells = await firstError.locator('td').allTextContents();
    expect(cells[0]).toBe('Account.csv');
    expect(Number(cells[1])).toBeGreaterThan(1);
    expect(cells[2]).toBe('Classification__c');
    expect(cells[3]).toMatch(/Customer/);
    await screenshot(session.page, 'import-preview-invalid');
  });

  it('after mapping the other value too, previews 22 new accounts and no invalid row', async () => {
    const wizard = new ImportWizardPage(session.page);
    await session.page.getByRole('button', { name: '← Mapping', exact: true }).click();
    await wizard.mapValue('Classification__c', 'Customer', 'adoption');
    await wizard.runPreview();
    expect(await wizard.count(wizard.preview, 'new')).toBe(22);
    expect(await wizard.count(wizard.preview, 'invalid')).toBe(0);
    expect(await session.page.getByTestId('row-error').count()).toBe(0);
    await session.page.getByRole('button', { name: /Why rows matched/ }).click();
    expect(await session.page.getByRole('table', { name: 'How rows matched' }).locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(session.page, 'import-preview');
  });

  it('commits with a progress bar fed by the back-end’s progress events', async () => {
    const wizard = new ImportWizardPage(session.page);
    // Hold the commit's answer (the import itself runs) so the bar can be seen at its end.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await session.page.route('**/api/imports.commit', async (route) => {
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    });
    await wizard.commitButton.click();
    const bar = wizard.progress.locator('progress');
    await expect.poll(() => bar.getAttribute('value'), { timeout: 20_000 }).toBe('1');
    expect(await wizard.progress.textContent()).toContain('100%');
    expect(await wizard.progress.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    await screenshot(session.page, 'import-progress');
    release();
    await wizard.result.waitFor();
    await session.page.unroute('**/api/imports.commit');
    expect(await wizard.count(wizard.result, 'new')).toBe(22);
    await expect.poll(() => session.page.getByTestId('workspace-name').locator('xpath=..').textContent()).toContain('22 accounts');
    await screenshot(session.page, 'import-result');
  });

  it('shows the batch in the history, undoes it after asking, and the accounts are gone', async () => {
    await session.page.getByRole('link', { name: 'See it in the import history' }).click();
    const history = new ImportHistoryPage(session.page);
    await history.root.waitFor();
    const batch = history.batch(1);
    await batch.waitFor();
    expect(await history.count(1, 'new')).toBe(22);
    expect(await batch.textContent()).toContain('Account.csv');
    await session.page.getByRole('button', { name: 'Undo import batch 1', exact: true }).click();
    expect(await history.confirmation(1).textContent()).toContain('delete the 22 records it created');
    await screenshot(session.page, 'history-confirm-undo');
    await session.page.getByRole('button', { name: 'Yes, undo batch 1', exact: true }).click();
    await expect.poll(() => history.status(1).textContent()).toContain('Undone');
    await expect.poll(() => session.page.getByTestId('workspace-name').locator('xpath=..').textContent()).toContain('0 accounts');
    await screenshot(session.page, 'history-undone');
  });

  it('proposes the saved mapping when a file with the same columns comes back', async () => {
    await session.page.getByRole('link', { name: 'Import files…' }).click();
    const wizard = new ImportWizardPage(session.page);
    await wizard.startOver();
    await wizard.chooseFiles(ACCOUNTS);
    expect(await session.page.getByTestId('reused-mapping').textContent()).toContain('Workshop accounts');
    expect(await wizard.target('Classification__c').inputValue()).toBe('stage');
  });

  it('takes several files at once: each is a table, one the workbench cannot hold is left out', async () => {
    const wizard = new ImportWizardPage(session.page);
    await session.page.getByRole('button', { name: '← Files', exact: true }).click();
    const dir = path.join(FIXTURES, 'salesforce/datacloud-workshop');
    await session.page.getByLabel('Files to import', { exact: true }).setInputFiles([path.join(dir, 'Contact.csv'), path.join(dir, 'Lead.csv')]);
    const tables = session.page.getByTestId('table-item');
    await expect.poll(() => tables.count(), { timeout: 20_000 }).toBe(3);
    expect(await session.page.getByLabel('Include Lead.csv', { exact: true }).isChecked()).toBe(false);
    expect(await tables.filter({ hasText: 'Lead.csv' }).textContent()).toContain('not imported');
    await session.page.getByRole('button', { name: /^Contact\.csv/ }).click();
    expect(await wizard.target('AccountId').inputValue()).toBe('accountExternalId');
    await screenshot(session.page, 'import-several-files');
    await wizard.runPreview();
    const perTable = session.page.getByTestId('table-counts');
    expect(await perTable.count()).toBe(2);
    expect(await perTable.allTextContents()).toEqual([expect.stringContaining('Account.csv'), expect.stringContaining('Contact.csv')]);
  });

  it('raised no errors in the page (other than the API answers it showed)', () => {
    expect(session.pageErrors.filter((e) => !e.includes('status of 4'))).toEqual([]);
  });
});
