import type { Locator, Page } from 'playwright-core';

export class SyncReviewPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('sync-review');
  }

  get conflictRows(): Locator {
    return this.page.getByTestId('conflict-row');
  }

  conflict(record: string): Locator {
    return this.conflictRows.filter({ hasText: record });
  }

  /** The row's own button (named "Keep mine: <record>, <field>" for screen readers). */
  async resolve(record: string, how: 'Keep mine' | 'Take theirs'): Promise<void> {
    await this.conflict(record).getByRole('button', { name: new RegExp(`^${how}: `) }).click();
  }

  /** The group checkbox that selects every conflict of one field. */
  selectField(label: string, count: number): Locator {
    return this.page.getByLabel(`Select all ${count} ${label} conflicts`, { exact: true });
  }

  bulk(how: 'Keep mine' | 'Take theirs'): Locator {
    return this.page.getByRole('toolbar', { name: 'Resolve selected conflicts' }).getByRole('button', { name: how, exact: true });
  }

  get noConflicts(): Locator {
    return this.page.getByTestId('no-conflicts');
  }

  get missingRows(): Locator {
    return this.page.getByTestId('missing-row');
  }

  get noMissing(): Locator {
    return this.page.getByTestId('no-missing');
  }
}
