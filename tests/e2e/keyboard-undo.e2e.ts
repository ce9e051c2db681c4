import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveWorkspace, type Served } from './harness';
import { AccountPage } from './pages/AccountPage';
import { PortfolioPage } from './pages/PortfolioPage';

/** What a CSM does with the keyboard, and the undo that makes an edit safe to try. */
describe('keyboard, columns and undo', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    served = await serveWorkspace({ ifMissing: 'demo' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('"/" focuses the quick filter, typing narrows the book, Escape clears it', async () => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open(served.url);
    const total = await portfolio.rowCount();
    const name = (await portfolio.columnTexts('name', 1))[0] ?? '';
    await page.locator('body').press('/');
    const quick = page.getByLabel('Quick filter', { exact: true });
    expect(await quick.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(name);
    await expect.poll(() => portfolio.rowCount()).toBeLessThan(total);
    expect((await portfolio.columnTexts('name', 1))[0]).toBe(name);
    await page.keyboard.press('Escape');
    await expect.poll(() => portfolio.rowCount()).toBe(total);
  });

  it('sorts from the keyboard and walks the rows with the arrow keys, Enter opening one', async () => {
    const portfolio = new PortfolioPage(page);
    await page.getByRole('button', { name: 'Sort by ARR', exact: true }).focus();
    await page.keyboard.press('Enter');
    const arr = await portfolio.moneyValues('arr', 5);
    expect(arr).toEqual([...arr].sort((a, b) => b - a));

    await portfolio.rows.first().locator('.td-tier').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = page.locator('[data-testid="portfolio-row"][aria-selected="true"]');
    expect(await active.getAttribute('data-index')).toBe('2');
    const id = await active.getAttribute('data-account-id');
    await page.keyboard.press('Enter');
    const account = new AccountPage(page);
    await account.root.waitFor();
    expect(await account.root.getAttribute('data-account-id')).toBe(id);
  });

  it('hides and shows a column from the Columns menu', async () => {
    await page.goBack();
    const portfolio = new PortfolioPage(page);
    await portfolio.rows.first().waitFor();
    const segmentHeader = page.getByRole('button', { name: 'Sort by Segment', exact: true });
    expect(await segmentHeader.count()).toBe(1);
    await page.getByRole('button', { name: 'Columns', exact: true }).click();
    await page.getByRole('group', { name: 'Show columns' }).getByLabel('Segment', { exact: true }).uncheck();
    await expect.poll(() => segmentHeader.count()).toBe(0);
    await page.getByRole('group', { name: 'Show columns' }).getByLabel('Segment', { exact: true }).check();
    await expect.poll(() => segmentHeader.count()).toBe(1);
  });

  it('undoes a field edit with Ctrl+Z, and the undo is saved', async () => {
    const portfolio = new PortfolioPage(page);
    await portfolio.openRow(0);
    const account = new AccountPage(page);
    await account.root.waitFor();
    const before = await account.field('Segment').inputValue();
    await account.editField('Segment', 'Changed by mistake');
    await page.locator('h2, h1').first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => account.field('Segment').inputValue()).toBe(before);
    await page.reload();
    await account.root.waitFor();
    expect(await account.field('Segment').inputValue()).toBe(before);
  });

  it('adds a contact, removes it, and brings it back with Undo', async () => {
    const account = new AccountPage(page);
    await page.getByRole('button', { name: 'Add contact', exact: true }).click();
    const form = page.getByRole('form', { name: 'Add contact' });
    await form.getByLabel('First name', { exact: true }).fill('Quinn');
    await form.getByLabel('Last name', { exact: true }).fill('Tester');
    await form.getByLabel('Email', { exact: true }).fill('quinn.tester@example.com');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    const quinn = page.getByTestId('contact-item').filter({ hasText: 'Quinn Tester' });
    await quinn.waitFor();

    await page.getByRole('button', { name: 'Remove Quinn Tester', exact: true }).click();
    await expect.poll(() => quinn.count()).toBe(0);
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await quinn.waitFor();
    expect(await quinn.textContent()).toContain('quinn.tester@example.com');
    await page.reload();
    await account.root.waitFor();
    expect(await page.getByTestId('contact-item').filter({ hasText: 'Quinn Tester' }).count()).toBe(1);
  });
});
