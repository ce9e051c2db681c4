import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Input, Method } from '../../shared/api';
import type { Scorecard } from '../../shared/domain/health';
import { callApi } from './api';
import { screenshot } from './harness';
import { PortfolioPage } from './pages/PortfolioPage';
import { ScorecardsPage } from './pages/ScorecardsPage';
import { useServedPage } from './session';

/**
 * The order of the scorecards and their old versions, in Chromium on the demo book: two
 * scorecards whose rules overlap (strategic accounts are mostly Enterprise) moved with a
 * button, undone, moved with Alt+arrows; a band of its own added to the default scorecard and
 * offered by the portfolio's health filter; version 1 opened read-only and restored on top.
 */
describe('scorecard order, old versions and custom bands', () => {
  const session = useServedPage({ viewport: { width: 1500, height: 1000 } });
  const scorecards = () => new ScorecardsPage(session.page);

  const api = <M extends Method>(method: M, input: Input<M>) => callApi(session.served, method, input);

  /** The scorecards as the list shows them, top first, by id. */
  const listed = (): Promise<string[]> =>
    session.page
      .getByRole('region', { name: 'Scorecards' })
      .locator('[data-control="item"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-card') ?? ''));
  const savedOrder = async () => (await api('scorecards.list', {})).scorecards.map((entry) => entry.scorecard.id);
  const toast = (): Locator => session.page.getByTestId('toast');
  const healthFilterOptions = (): Promise<string[]> =>
    session.page.getByLabel('Filter Health', { exact: true }).locator('option').allTextContents();

  it('moves a scorecard up with its button, says how many accounts another scorecard now scores, and Undo puts it back', async () => {
    await api('health.recompute', {});
    const base = (await api('scorecards.list', {})).scorecards[0]!.scorecard;
    const like = (id: string, name: string, appliesTo: Scorecard['appliesTo']): Scorecard => ({ ...base, id, name, version: 1, appliesTo });
    await api('scorecards.save', { scorecard: like('strategic', 'Strategic', { tiers: ['strategic'] }) });
    await api('scorecards.save', { scorecard: like('enterprise', 'Enterprise', { segments: ['Enterprise'] }) });

    const page = scorecards();
    await page.open(session.served.url);
    await expect.poll(listed).toEqual(['strategic', 'enterprise', 'default']);
    expect(await page.button('Move Strategic up').isDisabled()).toBe(true);
    expect(await page.button('Move Enterprise down').getAttribute('title')).toContain('would never be used');
    expect(await page.button('Move Default up').count()).toBe(0); // the catch-all stays last

    await page.button('Move Enterprise up').click();
    await expect.poll(listed).toEqual(['enterprise', 'strategic', 'default']);
    await expect.poll(() => toast().textContent()).toMatch(/^Moved “Enterprise” up; [1-9]\d* accounts? rescored\./);
    expect(await savedOrder()).toEqual(['enterprise', 'strategic', 'default']);
    await screenshot(session.page, 'scorecards-moved');

    await toast().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(listed).toEqual(['strategic', 'enterprise', 'default']);
    await expect.poll(() => toast().textContent()).toContain('Undone');
    expect(await savedOrder()).toEqual(['strategic', 'enterprise', 'default']);
  });

  it('moves the focused scorecard with Alt+ArrowDown and Alt+ArrowUp, keeping the focus on it', async () => {
    const item = session.page.getByRole('region', { name: 'Scorecards' }).locator('[data-card="strategic"][data-control="item"]');
    await item.click();
    await item.press('Alt+ArrowDown');
    await expect.poll(listed).toEqual(['enterprise', 'strategic', 'default']);
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.getAttribute('data-card'))).toBe('strategic');
    // Below the catch-all it would never be used: refused, with the reason, and nothing saved.
    await session.page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => toast().textContent()).toContain('would never be used');
    expect(await savedOrder()).toEqual(['enterprise', 'strategic', 'default']);
    await session.page.keyboard.press('Alt+ArrowUp');
    await expect.poll(listed).toEqual(['strategic', 'enterprise', 'default']);
    expect(await savedOrder()).toEqual(['strategic', 'enterprise', 'default']);
  });

  it('gives the default scorecard a band of its own, which the portfolio health filter then offers and filters by', async () => {
    const page = scorecards();
    await page.screen.getByRole('button', { name: /^Default/ }).click();
    await page.button('Split the top band').click();
    await page.field('Label of band 4').fill('Champions');
    await page.field('Green to').fill('80');
    await page.field('Champions from').fill('81');
    await page.button('Save as new version').click();
    await expect.poll(() => page.screen.getByRole('status').textContent()).toMatch(/^Saved “Default” as version 2; \d+ accounts? rescored\.$/);

    const champions = (await api('accounts.list', {})).rows.filter((row) => row.healthBand === 'band').length;
    expect(champions).toBeGreaterThan(0);
    const portfolio = new PortfolioPage(session.page);
    await portfolio.open(session.served.url);
    await expect.poll(healthFilterOptions).toEqual(['All', 'Red', 'Yellow', 'Green', 'Champions', 'Not scored', '(not computed)']);
    await portfolio.filterBy('Health', 'Champions');
    await expect.poll(() => portfolio.rowCount()).toBe(champions);
    expect(await portfolio.columnTexts('health', 3)).toEqual([expect.stringMatching(/^\d+ Champions$/), expect.stringMatching(/^\d+ Champions$/), expect.stringMatching(/^\d+ Champions$/)]);
    await screenshot(session.page, 'portfolio-custom-band');
    await portfolio.filterBy('Health', 'All');
  });

  it('opens version 1 read-only with what restoring it would move, then restores it as version 3', async () => {
    const page = scorecards();
    await page.open(session.served.url);
    await page.screen.getByRole('button', { name: /^Default/ }).click();
    await page.button('Open version 1').click();
    const view = session.page.getByTestId('version-view');
    await expect.poll(() => view.getByRole('heading', { level: 3 }).textContent()).toBe('Default · version 1 read-only');
    const bands = view.getByRole('region', { name: 'Bands' });
    expect(await bands.getByRole('listitem').allTextContents()).toEqual([' Red 0–50', ' Yellow 51–75', ' Green 76–100']);
    expect(await bands.textContent()).toContain('differs from the version in force');
    await expect.poll(() => page.whatIfSummary.textContent()).toMatch(/^\d+ accounts? \(.+ ARR\) would change band\./);
    expect(await session.page.getByTestId('move-band-green').count()).toBe(1);
    await screenshot(session.page, 'scorecards-old-version');

    await page.button('Restore this version').click();
    await page.button('Yes, restore this version').click();
    await expect.poll(() => page.screen.getByRole('status').textContent()).toMatch(/^Restored version 1 of “Default” as version 3; [1-9]\d* accounts? rescored\.$/);
    const history = session.page.getByRole('region', { name: 'Version history' });
    await expect.poll(() => history.getByRole('listitem').count()).toBe(3);
    expect((await api('scorecards.version', { id: 'default', version: 2 })).scorecard.bands.map((band) => band.label)).toEqual(['Red', 'Yellow', 'Green', 'Champions']);
    expect((await api('accounts.list', {})).rows.some((row) => row.healthBand === 'band')).toBe(false);

    const portfolio = new PortfolioPage(session.page);
    await portfolio.open(session.served.url);
    await expect.poll(healthFilterOptions).toEqual(['All', 'Red', 'Yellow', 'Green', 'Not scored', '(not computed)']);
    expect(session.pageErrors).toEqual([]);
  });
});
