import type { Locator, Page } from 'playwright-core';

/** The portfolio screen as a user reaches it: by label, role and visible text. */
export class PortfolioPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByTestId('portfolio-table');
  }

  get rows(): Locator {
    return this.page.getByTestId('portfolio-row');
  }

  /** Opens the portfolio and waits until the whole book (not just the first screen) is in. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.rows.first().waitFor();
    await this.page.waitForFunction(() => typeof window.__csmPortfolioComplete === 'number');
  }

  async rowCount(): Promise<number> {
    return Number(await this.table.getAttribute('data-row-count'));
  }

  async sortBy(label: string): Promise<void> {
    await this.page.getByRole('button', { name: `Sort by ${label}`, exact: true }).click();
  }

  async filterBy(label: string, optionLabel: string): Promise<void> {
    await this.page.getByLabel(`Filter ${label}`, { exact: true }).selectOption({ label: optionLabel });
  }

  /** Exact numbers behind a money column's compact text, for the first `n` visible rows. */
  async moneyValues(columnId: 'arr' | 'mrr', n: number): Promise<number[]> {
    const titles = await this.rows.locator(`.td-${columnId} span`).evaluateAll(
      (spans, count) => spans.slice(0, count).map((span) => span.getAttribute('title') ?? ''),
      n,
    );
    return titles.map((title) => Number(title.replace(/[^0-9.-]/g, '')));
  }

  async columnTexts(columnId: string, n: number): Promise<string[]> {
    return this.rows
      .locator(`.td-${columnId}`)
      .evaluateAll((cells, count) => cells.slice(0, count).map((cell) => cell.textContent?.trim() ?? ''), n);
  }

  async openRow(index: number): Promise<{ id: number; name: string }> {
    const row = this.rows.nth(index);
    const id = Number(await row.getAttribute('data-account-id'));
    const link = row.locator('.td-name a');
    const name = (await link.textContent())?.trim() ?? '';
    await link.click();
    return { id, name };
  }
}
