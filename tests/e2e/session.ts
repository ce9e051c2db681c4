import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveWorkspace, type Served } from './harness';

export interface E2eSession {
  served: Served;
  browser: Browser;
  page: Page;
  /** Uncaught exceptions and console errors the page raised. */
  pageErrors: string[];
}

/**
 * One browser-build server on a fresh workspace and one Chromium page for a test file,
 * stopped and deleted after it. Read the fields inside tests (they are set in beforeAll).
 */
export function useServedPage(
  options: { ifMissing?: 'demo' | 'empty'; viewport?: { width: number; height: number } } = {},
): E2eSession {
  const session = { pageErrors: [] as string[] } as E2eSession;
  beforeAll(async () => {
    session.served = await serveWorkspace({ ifMissing: options.ifMissing ?? 'demo' });
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage({ viewport: options.viewport ?? { width: 1440, height: 900 } });
    session.page.on('pageerror', (error) => session.pageErrors.push(String(error)));
    session.page.on('console', (message) => {
      if (message.type() === 'error') session.pageErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.served?.stop();
  });
  return session;
}
