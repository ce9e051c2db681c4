import type { Locator, Page } from 'playwright-core';

export class AccountPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('account-page');
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** Edits a profile field in place and saves it with Enter, as a user would. */
  async editField(label: string, value: string): Promise<void> {
    const input = this.field(label);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
    await this.page.getByTestId('toast').filter({ hasText: 'Saved' }).first().waitFor();
  }

  get logActivityForm(): Locator {
    return this.page.getByRole('form', { name: 'Log activity' });
  }

  async logActivity(activity: { type: string; subject: string; summary?: string }): Promise<void> {
    const form = this.logActivityForm;
    await form.getByLabel('Type', { exact: true }).selectOption({ label: activity.type });
    await form.getByLabel('Subject', { exact: true }).fill(activity.subject);
    if (activity.summary) await form.getByLabel('Summary', { exact: true }).fill(activity.summary);
    await form.getByRole('button', { name: /log activity/i }).click();
  }

  get timelineItems(): Locator {
    return this.page.getByTestId('timeline-item');
  }
}
