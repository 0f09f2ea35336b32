// Drives the built game in headless Chromium (playwright-core with Debian's
// Chromium: Playwright's own browser download cannot work here). One Chromium
// serves the files that open contexts themselves (global-setup.ts starts it;
// sharedBrowser); a session of openGame launches its own. Every page records console
// errors, page errors and any request to another origin, and a test fails on
// any of them.
import { mkdirSync } from 'node:fs';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium.ts';

export const chromiumPath = inject('chromium');
export const baseUrl = inject('baseUrl');
const browserEndpoint = inject('browserEndpoint');

let connected: Promise<Browser> | undefined;

/**
 * The run's Chromium, connected once per test file. Closing it only disconnects this file
 * (and closes its contexts); the next call connects again.
 */
export async function sharedBrowser(): Promise<Browser> {
  if (!browserEndpoint) throw new Error('no Chromium');
  const browser = await connected;
  if (browser?.isConnected()) return browser;
  connected = playwright.connect(browserEndpoint);
  return connected;
}

export interface Session {
  browser: Browser;
  page: Page;
  problems: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Records console errors, page errors and requests to another origin into `problems`. */
export function watch(page: Page, problems: string[]): void {
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      problems.push(`request to another origin: ${url}`);
  });
}

export async function openGame(
  query = '',
  viewport = { width: 1280, height: 720 },
): Promise<Session> {
  // A browser of its own: a download's path() is only there in a browser launched here,
  // not in the run's shared one (connected over a socket).
  if (!chromiumPath) throw new Error('no Chromium');
  const browser = await playwright.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport });
  const problems: string[] = [];
  // Every page of the session is watched, including tabs the game opens.
  context.on('page', (p) => watch(p, problems));
  const page = await context.newPage();
  await page.goto(`${baseUrl}${query}`);
  const dir = 'test-results/screenshots';
  mkdirSync(dir, { recursive: true });
  return {
    browser,
    page,
    problems,
    screenshot: async (name) => {
      await page.screenshot({ path: `${dir}/${name}.png` });
    },
    close: () => browser.close(),
  };
}

/** From the title screen with a scenario selected: briefing, call, hang up at once, to the ending screen. */
export async function hangUpToEnding(page: Page): Promise<void> {
  for (const name of [
    'Read the briefing',
    'Take the call',
    'Answer the phone',
    'Continue',
    'Hang up',
    'Yes, hang up',
    'See how it ended',
  ])
    await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Play again', exact: true }).waitFor();
}

/** Hangs up as a student does: "Hang up", then "Yes, hang up" in the dialog that asks once. */
export async function hangUp(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Hang up', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, hang up', exact: true }).click();
}

/** Drops files on an element as a drag from the desktop would (a DataTransfer with the files). */
export async function dropFiles(
  page: Page,
  selector: string,
  files: { name: string; text: string }[],
): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return data;
  }, files);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

/** A button of the DOM layer by its accessible name (exact when a string). */
export const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' });

/** True when that button is on screen and can be pressed now. */
export async function isOn(page: Page, name: string | RegExp): Promise<boolean> {
  const b = button(page, name).first();
  return (await b.count()) > 0 && (await b.isVisible()) && (await b.isEnabled());
}
