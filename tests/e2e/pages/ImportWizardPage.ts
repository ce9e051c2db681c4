import type { Locator, Page } from 'playwright-core';

export type CountKey = 'new' | 'updated' | 'unchanged' | 'conflicts' | 'invalid' | 'missing';

/** The Import wizard as a user drives it: files, mapping selects, preview, commit. */
export class ImportWizardPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('import-wizard');
  }

  get tableDetail(): Locator {
    return this.page.getByTestId('table-detail');
  }

  get preview(): Locator {
    return this.page.getByTestId('preview');
  }

  get result(): Locator {
    return this.page.getByTestId('import-result');
  }

  get progress(): Locator {
    return this.page.getByTestId('run-progress');
  }

  /** Sets the hidden file input (what "Choose files…" opens) and waits for the mapping step. */
  async chooseFiles(...paths: string[]): Promise<void> {
    await this.page.getByLabel('Files to import', { exact: true }).setInputFiles(paths);
    await this.tableDetail.waitFor();
  }

  mappingRow(column: string): Locator {
    return this.page.locator(`[data-testid="mapping-row"][data-column="${column}"]`);
  }

  target(column: string): Locator {
    return this.page.getByLabel(`Target of ${column}`, { exact: true });
  }

  async setTarget(column: string, field: string | null): Promise<void> {
    await this.target(column).selectOption(field ?? '');
  }

  /** Opens the column's value editor if needed and translates one source value. */
  async mapValue(column: string, from: string, to: string): Promise<void> {
    const toggle = this.page.getByRole('button', { name: `Map values of ${column}`, exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.page.getByLabel(`Value for ${from}`, { exact: true }).selectOption(to);
  }

  async setFullExport(on: boolean): Promise<void> {
    await this.page.getByRole('switch').setChecked(on);
  }

  async runPreview(): Promise<void> {
    await this.page.getByRole('button', { name: 'Preview import', exact: true }).click();
    await this.preview.waitFor();
  }

  /** A count of the preview or the result, as the large figure shows it. */
  async count(where: Locator, key: CountKey): Promise<number> {
    const text = await where.locator(`.count-card[data-count="${key}"] dd`).textContent();
    return Number((text ?? '').replace(/[^0-9]/g, ''));
  }

  get commitButton(): Locator {
    return this.page.getByRole('button', { name: 'Import now', exact: true });
  }

  async commit(): Promise<void> {
    await this.commitButton.click();
    await this.result.waitFor();
  }

  /** The whole flow with the proposed mapping, for tests that only need the data in. */
  async importWithProposedMapping(paths: string[], options: { full?: boolean } = {}): Promise<void> {
    await this.chooseFiles(...paths);
    if (options.full) await this.setFullExport(true);
    await this.runPreview();
    await this.commit();
  }

  async startOver(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import more files', exact: true }).click();
    await this.page.getByRole('button', { name: 'Choose files…', exact: true }).waitFor();
  }
}
