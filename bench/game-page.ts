// What the browser benches share: how long a wait on the page may take, the
// game's buttons by their names, a fresh page of the game at a seed, and a wait
// for a mark the page puts on its performance timeline (e.g. the sounds loaded).
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The longest any wait on the page's state may take (a bound, not a pace). */
export const WAIT_MS = 60_000;

export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** A new 1280×720 context with the game open at `?seed=<seed>`, waits bounded by WAIT_MS. */
export async function openGamePage(
  browser: Browser,
  gameUrl: string,
  seed: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  await page.goto(`${gameUrl}?seed=${seed}`, { waitUntil: 'commit' });
  return { context, page };
}

/** Waits until the page's performance timeline has the mark `name` (a state the page reports, not a pause). */
export async function waitForMark(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
    name,
    { polling: 100, timeout: WAIT_MS },
  );
}
