import path from 'node:path';
import type { Page } from 'playwright-core';
import { createBackend } from '../../electron/backend';
import { startServer } from '../../electron/backend/http';
import { launchBrowser, ROOT } from '../e2e/harness';
import { median, type BenchRow } from './measure';

const RUNS = 3;

/** Navigation to the first rendered rows, and to the whole book in the table. */
async function workbenchFirstRows(page: Page, url: string): Promise<{ first: number; complete: number }> {
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__csmPortfolioComplete === 'number', undefined, { timeout: 120_000 });
  return page.evaluate(() => ({ first: window.__csmPortfolioRendered ?? NaN, complete: window.__csmPortfolioComplete ?? NaN }));
}

/** Clicks "Sort by ARR" and waits for the re-rendered rows; returns ms from click to paint. */
async function workbenchSortByArr(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const w = window as unknown as { __csmLastSortRendered?: number };
    const before = w.__csmLastSortRendered;
    const button = document.querySelector<HTMLElement>('[aria-label="Sort by ARR"]');
    if (!button) throw new Error('no "Sort by ARR" header button');
    const start = performance.now();
    button.click();
    for (let i = 0; i < 600 && w.__csmLastSortRendered === before; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (w.__csmLastSortRendered === before) throw new Error('the sort never rendered');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return (w.__csmLastSortRendered ?? start) - start;
  });
}

interface BaselineWindow {
  __baselineRendered?: number;
  __baselineScriptStart?: number;
  __baselineSortByArr: () => Promise<number>;
}

/** Navigation to the plain table's rows, and to the first moment its script ran. */
async function baselineFirstRows(page: Page, url: string): Promise<{ rendered: number; scriptStart: number }> {
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as BaselineWindow).__baselineRendered === 'number', undefined, {
    timeout: 300_000,
  });
  return page.evaluate(() => {
    const w = window as unknown as BaselineWindow;
    return { rendered: w.__baselineRendered ?? NaN, scriptStart: w.__baselineScriptStart ?? NaN };
  });
}

/**
 * In Chromium: time from navigation to the first rendered portfolio rows, and from a click on
 * the ARR header to the sorted rows, against a plain HTML table of the same rows served by the
 * same back-end (tests/bench/baseline-page).
 */
export async function benchPortfolioInBrowser(dbPath: string): Promise<BenchRow[]> {
  const backend = await createBackend({ dbPath, ifMissing: 'fail' });
  const app = await startServer({ backend, staticDir: path.join(ROOT, 'dist/renderer') });
  const baseline = await startServer({ backend, staticDir: path.join(ROOT, 'tests/bench/baseline-page') });
  const browser = await launchBrowser();
  try {
    const firstRows: number[] = [];
    const wholeBook: number[] = [];
    const sorts: number[] = [];
    const baseFirst: number[] = [];
    const scriptStarts: number[] = [];
    const baseSorts: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const times = await workbenchFirstRows(page, `${app.url}/?token=${app.token}#/portfolio`);
      firstRows.push(times.first);
      wholeBook.push(times.complete);
      sorts.push(await workbenchSortByArr(page));
      await page.close();

      const basePage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const base = await baselineFirstRows(basePage, `${baseline.url}/?token=${baseline.token}`);
      baseFirst.push(base.rendered);
      scriptStarts.push(base.scriptStart);
      baseSorts.push(await basePage.evaluate(() => (window as unknown as BaselineWindow).__baselineSortByArr()));
      await basePage.close();
    }
    return [
      {
        name: 'portfolio: navigation to first rows',
        ms: median(firstRows),
        baselineName: 'plain HTML table of the same rows',
        baselineMs: median(baseFirst),
        target: '< 300 ms first screen',
      },
      {
        name: 'portfolio: navigation to first rows, against the browser floor',
        ms: median(firstRows),
        baselineName: 'navigation to the first script run of a one-script page',
        baselineMs: median(scriptStarts),
        target: 'what the app itself adds',
      },
      {
        name: 'portfolio: navigation to the whole book in the table',
        ms: median(wholeBook),
        baselineName: 'plain HTML table of the same rows',
        baselineMs: median(baseFirst),
        target: 'sortable and filterable',
      },
      {
        name: 'portfolio: sort by ARR',
        ms: median(sorts),
        baselineName: 'plain table: sort + re-render',
        baselineMs: median(baseSorts),
        target: '< 100 ms',
      },
    ];
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
    await backend.close();
  }
}
