import type { Locator, Page } from 'playwright-core';

/** The Health panel of the account page, reached by label and visible text. */
export class HealthPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('health-panel');
  }

  get measures(): Locator {
    return this.root.getByTestId('health-measure');
  }

  measure(id: string): Locator {
    return this.root.locator(`[data-testid="health-measure"][data-measure="${id}"]`);
  }

  get overrideForm(): Locator {
    return this.page.getByRole('form', { name: 'Health override' });
  }

  get pulseForm(): Locator {
    return this.page.getByRole('form', { name: 'CSM pulse' });
  }

  async openForm(summary: string): Promise<void> {
    await this.root.locator('summary', { hasText: summary }).click();
  }

  get healthEvents(): Locator {
    return this.page.getByTestId('timeline-health');
  }
}
