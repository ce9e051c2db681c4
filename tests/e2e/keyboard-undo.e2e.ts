import { describe, expect, it } from 'vitest';
import { useServedPage } from './session';
import { AccountPage } from './pages/AccountPage';
import { PortfolioPage } from './pages/PortfolioPage';

/** What a CSM does with the keyboard, and the undo that makes an edit safe to try. */
describe('keyboard, columns and undo', () => {
  const session = useServedPage();

  it('"/" focuses the quick filter, typing narrows the book, Escape clears it', async () => {
    const portfolio = new PortfolioPage(session.page);
    await portfolio.open(session.served.url);
    const total = await portfolio.rowCount();
    const name = (await portfolio.columnTexts('name', 1))[0] ?? '';
    await session.page.locator('body').press('/');
    const quick = session.page.getByLabel('Quick filter', { exact: true });
    expect(await quick.evaluate((el) => el === document.activeElement)).toBe(true);
    await session.page.keyboard.type(name);
    await expect.poll(() => portfolio.rowCount()).toBeLessThan(total);
    expect((await portfolio.columnTexts('name', 1))[0]).toBe(name);
    await session.page.keyboard.press('Escape');
    await expect.poll(() => portfolio.rowCount()).toBe(total);
  });

  it('sorts from the keyboard and walks the rows with the arrow keys, Enter opening one', async () => {
    const portfolio = new PortfolioPage(session.page);
    await session.page.getByRole('button', { name: 'Sort by ARR', exact: true }).focus();
    await session.page.keyboard.press('Enter');
    const arr = await portfolio.moneyValues('arr', 5);
    expect(arr).toEqual([...arr].sort((a, b) => b - a));

    await portfolio.rows.first().locator('.td-tier').click();
    await session.page.keyboard.press('ArrowDown');
    await session.page.keyboard.press('ArrowDown');
    const active = session.page.locator('[data-testid="portfolio-row"][aria-selected="true"]');
    expect(await active.getAttribute('data-index')).toBe('2');
    const id = await active.getAttribute('data-account-id');
    await session.page.keyboard.press('Enter');
    const account = new AccountPage(session.page);
    await account.root.waitFor();
    expect(await account.root.getAttribute('data-account-id')).toBe(id);
  });

  it('hides and shows a column from the Columns menu', async () => {
    await session.page.goBack();
    const portfolio = new PortfolioPage(session.page);
    await portfolio.rows.first().waitFor();
    const segmentHeader = session.page.getByRole('button', { name: 'Sort by Segment', exact: true });
    expect(await segmentHeader.count()).toBe(1);
    await session.page.getByRole('button', { name: 'Columns', exact: true }).click();
    await session.page.getByRole('group', { name: 'Show columns' }).getByLabel('Segment', { exact: true }).uncheck();
    await expect.poll(() => segmentHeader.count()).toBe(0);
    await session.page.getByRole('group', { name: 'Show columns' }).getByLabel('Segment', { exact: true }).check();
    await expect.poll(() => segmentHeader.count()).toBe(1);
  });

  it('undoes a field edit with Ctrl+Z, and the undo is saved', async () => {
    const portfolio = new PortfolioPage(session.page);
    await portfolio.openRow(0);
    const account = new AccountPage(session.page);
    await account.root.waitFor();
    const before = await account.field('Segment').inputValue();
    await account.editField('Segment', 'Changed by mistake');
    await session.page.locator('h2, h1').first().click();
    await session.page.keyboard.press('Control+z');
    await expect.poll(() => account.field('Segment').inputValue()).toBe(before);
    await session.page.reload();
    await account.root.waitFor();
    expect(await account.field('Segment').inputValue()).toBe(before);
  });

  it('adds a contact, removes it, and brings it back with Undo', async () => {
    const account = new AccountPage(session.page);
    await session.page.getByRole('button', { name: 'Add contact', exact: true }).click();
    const form = session.page.getByRole('form', { name: 'Add contact' });
    await form.getByLabel('First name', { exact: true }).fill('Quinn');
    await form.getByLabel('Last name', { exact: true }).fill('Tester');
    await form.getByLabel('Email', { exact: true }).fill('quinn.tester@example.com');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    const quinn = session.page.getByTestId('contact-item').filter({ hasText: 'Quinn Tester' });
    await quinn.waitFor();

    await session.page.getByRole('button', { name: 'Remove Quinn Tester', exact: true }).click();
    await expect.poll(() => quinn.count()).toBe(0);
    await session.page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await quinn.waitFor();
    expect(await quinn.textContent()).toContain('quinn.tester@example.com');
    await session.page.reload();
    await account.root.waitFor();
    expect(await session.page.getByTestId('contact-item').filter({ hasText: 'Quinn Tester' }).count()).toBe(1);
  });
});
