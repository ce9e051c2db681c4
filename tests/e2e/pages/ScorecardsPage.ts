import type { Locator, Page } from 'playwright-core';

/** The health scorecards screen, reached by label, role and visible text. */
export class ScorecardsPage {
  constructor(readonly page: Page) {}

  get screen(): Locator {
    return this.page.getByTestId('scorecards-screen');
  }

  get whatIfSummary(): Locator {
    return this.page.getByTestId('what-if-summary');
  }

  get problems(): Locator {
    return this.page.getByTestId('scorecard-problems');
  }

  /** Opens the screen from the served URL (which carries the token) and waits for the what-if to have read the book. */
  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/scorecards`);
    await this.screen.waitFor();
    await this.whatIfSummary.waitFor();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
}
