import type { Locator, Page } from 'playwright-core';

export class ImportHistoryPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('import-history');
  }

  batch(id: number): Locator {
    return this.page.locator(`[data-testid="batch-row"][data-batch-id="${id}"]`);
  }

  async count(id: number, key: string): Promise<number> {
    return Number(await this.batch(id).locator(`[data-count="${key}"]`).textContent());
  }

  status(id: number): Locator {
    return this.batch(id).getByTestId('batch-status');
  }

  /** Asks to undo the batch and confirms; the caller checks the outcome (undone, or refused). */
  async undo(id: number): Promise<void> {
    await this.page.getByRole('button', { name: `Undo import batch ${id}`, exact: true }).click();
    await this.page.getByRole('button', { name: `Yes, undo batch ${id}`, exact: true }).click();
  }

  confirmation(id: number): Locator {
    return this.page.getByRole('group', { name: `Undo import batch ${id}`, exact: true });
  }
}
