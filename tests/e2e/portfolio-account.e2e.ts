import { describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { useServedPage } from './session';
import { AccountPage } from './pages/AccountPage';
import { PortfolioPage } from './pages/PortfolioPage';

/**
 * The demo workspace through the browser build, as a CSM uses it: portfolio, sort, filter,
 * open an account, edit in place, reload, log a touch.
 */
describe('demo portfolio and account page in Chromium', () => {
  const session = useServedPage();

  it('opens the demo portfolio, clearly marked as demo data', async () => {
    const portfolio = new PortfolioPage(session.page);
    await portfolio.open(session.served.url);
    await expect(session.page.getByTestId('demo-banner').textContent()).resolves.toMatch(/demo/i);
    const total = await portfolio.rowCount();
    expect(total).toBeGreaterThanOrEqual(140);
    expect(total).toBeLessThanOrEqual(160);
    // Virtualised: far fewer rows in the DOM than in the book.
    expect(await portfolio.rows.count()).toBeLessThan(total);
    await screenshot(session.page, 'portfolio');
  });

  it('sorts by ARR, largest first, and back', async () => {
    const portfolio = new PortfolioPage(session.page);
    await portfolio.sortBy('ARR');
    const first = await portfolio.moneyValues('arr', 15);
    expect(first.length).toBe(15);
    expect(first).toEqual([...first].sort((a, b) => b - a));
    expect(first[0]).toBeGreaterThan(100_000);
    await portfolio.sortBy('ARR');
    const flipped = await portfolio.moneyValues('arr', 15);
    expect(flipped).toEqual([...flipped].sort((a, b) => a - b));
    await portfolio.sortBy('ARR');
  });

  it('filters by tier', async () => {
    const portfolio = new PortfolioPage(session.page);
    const before = await portfolio.rowCount();
    await portfolio.filterBy('Tier', 'Strategic');
    await expect.poll(() => portfolio.rowCount()).toBeLessThan(before);
    const after = await portfolio.rowCount();
    expect(after).toBeGreaterThan(0);
    const tiers = await portfolio.columnTexts('tier', 50);
    expect(new Set(tiers)).toEqual(new Set(['Strategic']));
    await screenshot(session.page, 'portfolio-filtered');
  });

  it('opens an account, edits a field in place, and the edit survives a reload', async () => {
    const portfolio = new PortfolioPage(session.page);
    const { id, name } = await portfolio.openRow(0);
    const account = new AccountPage(session.page);
    await account.root.waitFor();
    expect(await account.root.getAttribute('data-account-id')).toBe(String(id));
    await expect(account.field('Name').inputValue()).resolves.toBe(name);

    await account.editField('Owner', 'Jordan Edited-Owner');
    await session.page.reload();
    await account.root.waitFor();
    await expect(account.field('Owner').inputValue()).resolves.toBe('Jordan Edited-Owner');
    await screenshot(session.page, 'account');
  });

  it('logs a call and sees it at the top of the timeline, after a reload too', async () => {
    const account = new AccountPage(session.page);
    const subject = `Renewal check-in ${Date.now()}`;
    await account.logActivity({ type: 'Call', subject, summary: 'Discussed the renewal timeline.' });
    await expect.poll(async () => account.timelineItems.first().textContent(), { timeout: 10_000 }).toContain(subject);
    await session.page.reload();
    await account.timelineItems.first().waitFor();
    expect(await account.timelineItems.first().textContent()).toContain(subject);
    await screenshot(session.page, 'account-after-log');
  });

  it('raised no errors in the page', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
