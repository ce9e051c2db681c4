import { describe, expect, it } from 'vitest';
import { callApi } from './api';
import { screenshot } from './harness';
import { ScorecardsPage } from './pages/ScorecardsPage';
import { useServedPage } from './session';

/** Editing the demo's health scorecard with the live what-if, saving a version, key features. */
describe('the scorecard editor', () => {
  const session = useServedPage({ viewport: { width: 1500, height: 1000 } });
  const scorecards = () => new ScorecardsPage(session.page);

  it('shows the default scorecard and a what-if in which nothing moves yet', async () => {
    const page = scorecards();
    await page.open(session.served.url);
    expect(await page.screen.getByRole('button', { name: /^Default/ }).textContent()).toContain('Every other account');
    await expect.poll(() => page.whatIfSummary.textContent()).toBe('No account would change band.');
    expect(await page.button('Save as new version').isDisabled()).toBe(true);
    await screenshot(session.page, 'scorecards');
  });

  it('says what is wrong as you type, naming the measure', async () => {
    const page = scorecards();
    await page.field('Weight of Usage frequency').fill('0');
    await expect.poll(() => page.problems.textContent()).toContain('Measure "Usage frequency": the weight must be greater than 0 (got 0)');
    await expect.poll(() => page.screen.getByText('Fix the problems above to see how the book would move.').count()).toBe(1);
    await page.field('Weight of Usage frequency').fill('15');
    await expect.poll(() => page.problems.count()).toBe(0);
  });

  it('moves accounts between bands in the what-if as the bands change, before saving', async () => {
    const page = scorecards();
    // Red up to 80: every account scored 51–80 would turn red.
    await page.field('Red to').fill('80');
    await page.field('Yellow from').fill('81');
    await page.field('Yellow to').fill('90');
    await page.field('Green from').fill('91');
    await expect.poll(() => page.whatIfSummary.textContent()).toMatch(/^\d+ accounts? \(.+ ARR\) would change band\./);
    const move = page.page.getByTestId('move-yellow-red');
    await move.waitFor();
    expect(await move.getByRole('link').count()).toBeGreaterThan(0);
    expect(await move.getByRole('link').first().getAttribute('href')).toMatch(/^#\/accounts\/\d+$/);
    await screenshot(session.page, 'scorecards-what-if');
  });

  it('saves with Ctrl+S as a new version and lists it in the history', async () => {
    const page = scorecards();
    const moved = Number(/^(\d+)/.exec((await page.whatIfSummary.textContent()) ?? '')?.[1]);
    await page.field('Red to').press('Control+s');
    const notice = page.screen.getByRole('status');
    await expect.poll(() => notice.textContent()).toMatch(/^Saved “Default” as version 2; \d+ accounts rescored\.$/);
    await expect.poll(() => page.whatIfSummary.textContent()).toBe('No account would change band.');
    const history = page.page.getByRole('region', { name: 'Version history' });
    await expect.poll(() => history.getByRole('listitem').count()).toBe(2);
    expect(moved).toBeGreaterThan(0);
  });

  it('asks before Escape throws an edit away', async () => {
    const page = scorecards();
    await page.field('Scorecard name').fill('Renamed');
    await page.field('Scorecard name').press('Escape');
    await page.button('Discard changes').click();
    await expect.poll(() => page.field('Scorecard name').inputValue()).toBe('Default');
    await expect.poll(() => page.button('Discard').isDisabled()).toBe(true);
  });

  it('keeps an unsaved edit when the CSM leaves the screen and comes back', async () => {
    const page = scorecards();
    await page.field('Scorecard name').fill('Kept draft');
    await page.page.getByRole('link', { name: 'Portfolio' }).click();
    await page.page.waitForFunction(() => window.location.hash === '#/portfolio');
    await page.page.getByRole('heading', { name: 'Health scorecards' }).waitFor({ state: 'detached' });
    await page.page.getByRole('link', { name: 'Scorecards' }).click();
    await page.screen.waitFor();
    await expect.poll(() => page.field('Scorecard name').inputValue()).toBe('Kept draft');
    await expect.poll(() => page.page.getByText('Your unsaved edit is as you left it: save or discard it.').count()).toBe(1);
    await page.button('Discard').click();
    await page.button('Discard changes').click();
    await expect.poll(() => page.field('Scorecard name').inputValue()).toBe('Default');
  });

  it('adds a scorecard for one tier, previewing the accounts it takes over, then deletes it', async () => {
    const page = scorecards();
    await page.button('New scorecard').click();
    await expect.poll(() => page.problems.textContent()).toContain('so it is never used');
    await page.field('Scorecard name').fill('Strategic accounts');
    await page.screen.getByRole('group', { name: 'Tiers' }).getByLabel('strategic', { exact: true }).check();
    await expect.poll(() => page.whatIfSummary.textContent()).toMatch(/\d+ accounts? would be scored by another scorecard\.$/);
    // Shown where Save will put it: before the catch-all, which would otherwise hide it.
    const list = page.page.getByRole('region', { name: 'Scorecards' }).getByRole('listitem');
    await expect.poll(() => list.first().textContent()).toBe('Strategic accountsnot saved yet');
    await expect.poll(() => page.page.getByTestId('what-if-switched').textContent()).toMatch(/^Scored by another scorecard: [1-9]\d* accounts?/);
    await screenshot(session.page, 'scorecards-new-tier');
    await page.button('Save').click();
    await expect.poll(() => page.screen.getByRole('status').textContent()).toMatch(/^Saved “Strategic accounts” as version 1; [1-9]\d* accounts? rescored\.$/);
    await expect.poll(() => list.allTextContents()).toEqual([
      expect.stringMatching(/^Strategic accountstier strategic · v1/),
      expect.stringMatching(/^DefaultEvery other account · v2/),
    ]);
    await page.button('Delete scorecard').click();
    await page.button('Yes, delete scorecard').click();
    await expect.poll(() => list.count()).toBe(1);
  });

  it('takes key features typed in (the demo usage only counts features) and keeps them', async () => {
    const page = scorecards();
    const features = page.page.getByRole('region', { name: 'Key features' });
    for (const name of ['Dashboards', 'Reports']) {
      await page.field('Key feature name').fill(name);
      await page.field('Key feature name').press('Enter');
    }
    await expect.poll(() => features.getByRole('checkbox', { checked: true }).count()).toBe(2);
    await page.button('Save key features').click();
    await expect.poll(() => page.button('Save key features').isDisabled()).toBe(true);
    await page.page.reload();
    await page.screen.waitFor();
    await expect.poll(() => page.page.getByTestId('key-features-count').textContent()).toBe('2 picked');
    expect(await features.getByRole('checkbox', { name: 'Reports' }).isChecked()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it('recomputes the whole book on demand and says how many accounts it scored', async () => {
    const page = scorecards();
    await page.button('Recompute all').click();
    await expect.poll(() => page.page.getByText(/^Health recomputed for 150 accounts \(\d+ not scored\)$/).count()).toBe(1);
    await expect.poll(() => page.button('Recompute all').isEnabled()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it('marks the what-if ARR as partly derived once an account has no ARR entered', async () => {
    const page = scorecards();
    await page.open(session.served.url);
    await page.whatIfSummary.waitFor();
    // Every demo account has its ARR entered: no mark.
    expect(await page.page.getByTestId('what-if-derived-arr').count()).toBe(0);
    await callApi(session.served, 'accounts.create', { name: 'Unpriced Co', mrr: 1000 });
    await page.page.reload();
    await page.whatIfSummary.waitFor();
    await expect.poll(() => page.page.getByTestId('what-if-derived-arr').textContent()).toMatch(/^\* Derived, no ARR entered/);
    expect(await page.page.getByRole('columnheader', { name: 'ARR* now' }).count()).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });
});
