import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { useServedPage } from './session';
import { PortfolioPage } from './pages/PortfolioPage';

/** Leaving the demo for an empty workspace, and a first account in it, from the UI alone. */
describe('from the demo to an empty workspace', () => {
  const session = useServedPage({ viewport: { width: 1280, height: 800 } });

  it('starts an empty workspace in one confirmed action and shows a clear empty state', async () => {
    await new PortfolioPage(session.page).open(session.served.url);
    await session.page.getByRole('button', { name: 'Start an empty workspace', exact: true }).click();
    await session.page.getByRole('button', { name: 'Yes, start an empty workspace', exact: true }).click();
    const empty = session.page.getByTestId('portfolio-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('No accounts yet');
    expect(await session.page.getByTestId('demo-banner').count()).toBe(0);
    await screenshot(session.page, 'empty-workspace');
    // The demo is still on disk, untouched.
    expect(fs.existsSync(session.served.workspacePath)).toBe(true);
  });

  it('adds a first account from the empty state and lands on its page', async () => {
    await session.page.getByLabel('Account name', { exact: true }).fill('First Customer Ltd');
    await session.page.getByRole('button', { name: 'Add account', exact: true }).click();
    const accountPage = session.page.getByTestId('account-page');
    await accountPage.waitFor();
    expect(await accountPage.getByLabel('Name', { exact: true }).inputValue()).toBe('First Customer Ltd');
  });

  it('shows the new workspace in Settings, and refuses a path that is not a workspace with a readable error', async () => {
    await session.page.goto(`${session.served.origin}/#/settings`);
    const settings = session.page.getByTestId('settings-screen');
    await settings.waitFor();
    const shownPath = (await session.page.getByTestId('workspace-path').textContent()) ?? '';
    expect(shownPath).not.toBe(session.served.workspacePath);
    expect(shownPath).toMatch(/\.csm$/);
    await session.page.getByLabel('Workspace path', { exact: true }).fill(`${session.served.dir}/missing.csm`);
    await session.page.getByRole('button', { name: 'Open workspace', exact: true }).click();
    await expect.poll(async () => settings.textContent()).toContain('missing.csm');
    await screenshot(session.page, 'settings');
  });
});
