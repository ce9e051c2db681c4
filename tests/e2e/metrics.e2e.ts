import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi } from './api';
import { FIXTURES, ROOT, screenshot } from './harness';
import { useServedPage, type E2eSession } from './session';

const RAVENSTACK = path.join(FIXTURES, 'saas', 'ravenstack');

/** Opens #/metrics and waits for the dashboard (or its empty state) to have loaded. */
async function openMetrics(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/metrics`);
  await page.getByRole('heading', { name: 'Metrics', exact: true }).waitFor();
  await page.getByTestId('chart-health').waitFor();
}

/** The drawn marks (bar rectangles, line paths) inside one chart panel's SVG. */
function chartMarks(page: Page, testId: string) {
  return page.getByTestId(testId).locator('svg.recharts-surface .recharts-rectangle, svg.recharts-surface .recharts-line-curve');
}

function expectNoPageErrors(session: E2eSession): void {
  expect(session.pageErrors.filter((error) => !/favicon/i.test(error))).toEqual([]);
}

/** The demo comes unscored: score the book once through the API, as the Recompute command does. */
async function recomputeHealth(session: E2eSession): Promise<void> {
  await callApi(session.served, 'health.recompute', {});
}

describe('the Metrics dashboard on the demo workspace', () => {
  const session = useServedPage();

  it('shows KPI tiles with monthly and annualised figures, and every chart as SVG', async () => {
    const { page } = session;
    await recomputeHealth(session);
    await openMetrics(page, session.served.url);
    const grr = page.getByTestId('kpi-grr');
    await expect(grr.textContent()).resolves.toMatch(/GRR\s*(\d+\.\d%|n\/a)/);
    await expect(grr.textContent()).resolves.toContain('a year');
    for (const chart of ['chart-movements', 'chart-retention', 'chart-health', 'chart-nps']) {
      await expect.poll(() => chartMarks(page, chart).count(), { message: chart }).toBeGreaterThan(0);
    }
    await expect(page.getByTestId('at-risk').locator('a[href^="#/accounts/"]').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'metrics-demo');
    expectNoPageErrors(session);
  });

  it('drills from a KPI tile and from a movements bar to the accounts behind them', async () => {
    const { page } = session;
    await page.getByTestId('kpi-nrr').click();
    const drill = page.getByTestId('drilldown');
    await drill.waitFor();
    await expect(drill.getByRole('heading', { level: 3 }).textContent()).resolves.toMatch(/^NRR, /);
    await expect(drill.textContent()).resolves.toContain('Customers at the start');
    await expect.poll(() => drill.locator('a[href^="#/accounts/"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'metrics-demo-drill-kpi');

    await page.getByTestId('chart-movements').locator('.recharts-bar-rectangle path, .recharts-bar-rectangle .recharts-rectangle').first().click();
    await expect.poll(() => drill.getByRole('heading', { level: 3 }).textContent()).toMatch(/New MRR|Expansion|Reactivation|Contraction|Churned MRR/);
    const link = drill.locator('a[href^="#/accounts/"]').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(`**/${href}`);
    await page.getByTestId('account-page').waitFor();
    expectNoPageErrors(session);
  });

  it('changes the segment and the period', async () => {
    const { page } = session;
    await openMetrics(page, session.served.url);
    const segment = page.getByLabel('Segment', { exact: true });
    const options = await segment.locator('option').allTextContents();
    expect(options[0]).toBe('All segments');
    expect(options.length).toBeGreaterThan(1);
    await segment.selectOption({ label: options[1]! });
    const month = page.getByLabel('Month', { exact: true });
    const months = await month.locator('option').evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    const earlier = months[3]!;
    await month.selectOption(earlier);
    await expect.poll(() => month.inputValue()).toBe(earlier);
    await expect.poll(() => page.getByTestId('chart-retention').textContent()).toBeTruthy();
    await screenshot(page, 'metrics-demo-segment');
    expectNoPageErrors(session);
  });
});

describe('the Metrics dashboard on an empty workspace, then with RavenStack imported', () => {
  const session = useServedPage({ ifMissing: 'empty' });

  it('says plainly that there is no revenue data yet', async () => {
    await openMetrics(session.page, session.served.url);
    await expect(session.page.getByTestId('metrics-empty').textContent()).resolves.toContain('No revenue data yet');
    await expect(session.page.getByTestId('kpi-tiles').count()).resolves.toBe(0);
    await screenshot(session.page, 'metrics-empty');
  });

  it('charts RavenStack once imported, and drills into a month of the trend', async () => {
    const files = ['ravenstack_accounts.csv', 'ravenstack_subscriptions.csv'].map((name) => path.join(RAVENSTACK, name));
    const imported = spawnSync(process.execPath, ['bin/csm.js', 'import', ...files, '--workspace', session.served.workspacePath], { cwd: ROOT, encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);

    const { page } = session;
    await openMetrics(page, session.served.url);
    await expect(page.getByTestId('metrics-empty').count()).resolves.toBe(0);
    await expect.poll(() => chartMarks(page, 'chart-movements').count()).toBeGreaterThan(0);
    await expect(page.getByLabel('Month', { exact: true }).inputValue()).resolves.toBe('2024-12');
    await screenshot(page, 'metrics-ravenstack');

    // A click on the retention chart opens that month's NRR accounts, fetched for that month.
    const chart = page.getByTestId('chart-retention').locator('.recharts-wrapper > svg.recharts-surface');
    const box = (await chart.boundingBox())!;
    // Hover first, as a user does: the chart learns the month under the pointer from the move
    // (its tooltip shows it), and the click opens that month.
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4);
    await page.getByTestId('chart-retention').locator('.recharts-tooltip-wrapper').getByText(/\w{3} 2024/).waitFor();
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.4);
    const drill = page.getByTestId('drilldown');
    await drill.waitFor();
    await expect(drill.getByRole('heading', { level: 3 }).textContent()).resolves.toMatch(/^NRR and GRR, \w{3} 2024$/);
    await expect.poll(() => drill.locator('a[href^="#/accounts/"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'metrics-ravenstack-drill');
    expectNoPageErrors(session);
  }, 120_000);
});
