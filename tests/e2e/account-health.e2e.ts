import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../shared/api';
import { callApi } from './api';
import { screenshot } from './harness';
import { AccountPage } from './pages/AccountPage';
import { HealthPanel } from './pages/HealthPanel';
import { PortfolioPage } from './pages/PortfolioPage';
import { useServedPage } from './session';

/**
 * Health as a CSM meets it: the portfolio's Health and Trend columns, then one account's
 * score explained, its sparkline with a scorecard change marked, an override set, cleared
 * and brought back with undo, and a pulse; each shows on the timeline.
 */
describe('account health in Chromium', () => {
  const session = useServedPage();

  const api = <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => callApi(session.served, method, input);

  /** Scores today, adds older snapshots (as earlier recomputes would have), then saves the scorecard again: a new version. */
  async function seedHistory(): Promise<void> {
    const { date } = await api('health.recompute', {});
    const sqlite = new Database(session.served.workspacePath);
    sqlite.pragma('busy_timeout = 5000');
    sqlite.exec(`
      WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 6)
      INSERT INTO health_snapshots (account_id, date, score, band, breakdown, scorecard_id, scorecard_version, computed_at)
      SELECT h.account_id, date('${date}', '-' || (k.n * 15) || ' days'), (h.account_id * 37 + k.n * 11) % 100, 'x', '[]', h.scorecard_id, h.scorecard_version, 't'
      FROM health_snapshots h, k WHERE h.date = '${date}'`);
    sqlite.close();
    const { scorecards } = await api('scorecards.list', {});
    await api('scorecards.save', { scorecard: scorecards[0]!.scorecard });
  }

  it('shows Health and Trend columns that sort and filter', async () => {
    const portfolio = new PortfolioPage(session.page);
    await portfolio.open(session.served.url);
    await seedHistory();
    await portfolio.open(session.served.url);

    await portfolio.sortBy('Health');
    const scores = (await portfolio.columnTexts('health', 12)).map((text) => Number.parseInt(text, 10));
    expect(scores.every(Number.isFinite)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));

    const before = await portfolio.rowCount();
    await portfolio.filterBy('Trend', 'Falling');
    await expect.poll(() => portfolio.rowCount()).toBeLessThan(before);
    expect(await portfolio.rowCount()).toBeGreaterThan(0);
    expect(new Set((await portfolio.columnTexts('trend', 30)).map((text) => text[0]))).toEqual(new Set(['▼']));
    await screenshot(session.page, 'portfolio-health');

    await portfolio.filterBy('Trend', 'All');
    await portfolio.filterBy('Health', 'Red');
    await expect.poll(async () => new Set((await portfolio.columnTexts('health', 30)).map((text) => text.replace(/^\d+ /, '')))).toEqual(new Set(['Red']));
  });

  it('explains an account: score, band, trend, sparkline with the scorecard change, every measure', async () => {
    const portfolio = new PortfolioPage(session.page);
    await portfolio.openRow(0);
    const health = new HealthPanel(session.page);
    await health.root.waitFor();
    await expect.poll(() => health.measures.count()).toBeGreaterThanOrEqual(5);
    await expect(health.root.getByTestId('health-score').textContent()).resolves.toMatch(/^\d+$/);
    await expect(health.root.getByTestId('version-marker').count()).resolves.toBe(1);
    await expect(health.root.getByTestId('health-trend').textContent()).resolves.toMatch(/^[▲▼▶] [+−±]\d+$/);
    const text = await health.root.textContent();
    expect(text).toMatch(/the scorecard changed in between/);
    await expect(health.measure('csmPulse').textContent()).resolves.toMatch(/n\/a/);
    await screenshot(session.page, 'account-health');
  });

  it('sets an override with a reason, clears it, and undo brings it back; the timeline shows each step', async () => {
    const health = new HealthPanel(session.page);
    await health.openForm('Override the health score');
    const form = health.overrideForm;
    await form.getByLabel('Band', { exact: true }).selectOption({ label: 'Green (76–100)' });
    await form.getByRole('button', { name: 'Save override' }).click();
    await expect(form.getByRole('alert').first().textContent()).resolves.toBe('Say why: a reason is required');

    await form.getByLabel('Reason', { exact: true }).fill('Signed the expansion yesterday');
    await form.getByRole('button', { name: 'Save override' }).click();
    const inForce = health.root.getByTestId('override-in-force');
    await inForce.waitFor();
    expect(await inForce.textContent()).toMatch(/Overridden to Green until \d{4}-\d{2}-\d{2} — computed \d+/);
    await expect(health.healthEvents.first().textContent()).resolves.toMatch(/Health override: Green set/);

    await inForce.getByRole('button', { name: 'Clear override' }).click();
    await inForce.waitFor({ state: 'detached' });
    await expect.poll(() => health.healthEvents.first().getAttribute('data-action')).toBe('cleared');

    await session.page.getByTestId('toast').getByRole('button', { name: /undo/i }).click();
    await inForce.waitFor();
    await screenshot(session.page, 'account-health-override');
  });

  it('records a CSM pulse, which becomes a measure at once', async () => {
    const health = new HealthPanel(session.page);
    await health.openForm('CSM pulse');
    const form = health.pulseForm;
    await form.getByLabel('Pulse', { exact: true }).selectOption('2');
    await form.getByLabel('Reason', { exact: true }).fill('Budget review next month');
    await form.getByRole('button', { name: 'Save pulse' }).click();
    await expect.poll(() => health.measure('csmPulse').textContent()).toMatch(/pulse 2 of 5/);
    await expect(new AccountPage(session.page).root.getByTestId('timeline-health').first().textContent()).resolves.toMatch(/CSM pulse 2 of 5 set/);
    await health.healthEvents.first().scrollIntoViewIfNeeded();
    await screenshot(session.page, 'account-health-timeline');
  });

  it('raised no errors in the page', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
