// The game's sounds are made in the browser, off the page's thread: a Web
// Worker synthesises every sound and hands each back as a WAV file, so a
// student who reaches the call within seconds plays it without the page
// pausing (issue 15). Where no worker can run, the page makes them itself in
// idle time. Either way every sound is made and, after the player's first
// click (browsers play nothing before one), loads in the player (Howler): the
// page marks its timeline at each, and the test waits for those marks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SOUNDS_LOADED_MARK, SOUNDS_MADE_MARK } from '../../src/audio/sound-ids.ts';
import { baseUrl, button, sharedBrowser, watch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the page's timeline to have `mark` (a state the page reports, not a pause). */
const marked = (page: Page, mark: string) =>
  page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, {
    polling: 100,
    timeout: 60_000,
  });

/** The game's page; `noWorkers` takes Worker away before any script runs (a browser without them). */
async function openPage(noWorkers: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  const page = await context.newPage();
  watch(page, problems);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  if (noWorkers) await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
  await page.goto(`${baseUrl}?seed=sounds`);
  return { context, page, problems, workers };
}

describe('the sounds', () => {
  it('are made in a worker, every one, and load in the player', async () => {
    const { context, page, problems, workers } = await openPage(false);
    await marked(page, SOUNDS_MADE_MARK);
    await button(page, 'Read the briefing').click();
    await marked(page, SOUNDS_LOADED_MARK);
    expect(workers.some((url) => /sound-worker/.test(url))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('are made on the page, in idle time, where no worker can run', async () => {
    const { context, page, problems, workers } = await openPage(true);
    await marked(page, SOUNDS_MADE_MARK);
    await button(page, 'Read the briefing').click();
    await marked(page, SOUNDS_LOADED_MARK);
    expect(workers).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
