import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, serveWorkspace, type Served } from './harness';
import { PortfolioPage } from './pages/PortfolioPage';

/** Leaving the demo for an empty workspace, and a first account in it, from the UI alone. */
describe('from the demo to an empty workspace', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    served = await serveWorkspace({ ifMissing: 'demo' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('starts an empty workspace in one confirmed action and shows a clear empty state', async () => {
    await new PortfolioPage(page).open(served.url);
    await page.getByRole('button', { name: 'Start an empty workspace', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, start an empty workspace', exact: true }).click();
    const empty = page.getByTestId('portfolio-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('No accounts yet');
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    await screenshot(page, 'empty-workspace');
    // The demo is still on disk, untouched.
    expect(fs.existsSync(served.workspacePath)).toBe(true);
  });

  it('adds a first account from the empty state and lands on its page', async () => {
    await page.getByLabel('Account name', { exact: true }).fill('First Customer Ltd');
    await page.getByRole('button', { name: 'Add account', exact: true }).click();
    const accountPage = page.getByTestId('account-page');
    await accountPage.waitFor();
    expect(await accountPage.getByLabel('Name', { exact: true }).inputValue()).toBe('First Customer Ltd');
  });

  it('shows the new workspace in Settings, and refuses a path that is not a workspace with a readable error', async () => {
    await page.goto(`${served.origin}/#/settings`);
    const settings = page.getByTestId('settings-screen');
    await settings.waitFor();
    const shownPath = (await page.getByTestId('workspace-path').textContent()) ?? '';
    expect(shownPath).not.toBe(served.workspacePath);
    expect(shownPath).toMatch(/\.csm$/);
    await page.getByLabel('Workspace path', { exact: true }).fill(`${served.dir}/missing.csm`);
    await page.getByRole('button', { name: 'Open workspace', exact: true }).click();
    await expect.poll(async () => settings.textContent()).toContain('missing.csm');
    await screenshot(page, 'settings');
  });
});
