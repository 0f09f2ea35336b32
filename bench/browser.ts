// The browser figures of issue 15, each against the bare Phaser page (the
// floor, bench/floor) measured in the same run, in headless Chromium through
// the Chrome DevTools Protocol: load on a slow computer and school network
// (CPU throttled 4×, 10 Mbit/s, 40 ms), frame times and long tasks in the call
// scene with the CPU throttled 4×, how long the ending screen takes to draw,
// and the heap, DOM nodes and listeners after one game and after twenty.
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface Throttle {
  cpu: number;
  /** Network: bits a second, and latency in ms; null for none. */
  network: { bitsPerSecond: number; latencyMs: number } | null;
}

export const SCHOOL: Throttle = { cpu: 4, network: { bitsPerSecond: 10e6, latencyMs: 40 } };

export async function throttle(page: Page, t: Throttle): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: t.cpu });
  if (t.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: t.network.latencyMs,
      downloadThroughput: t.network.bitsPerSecond / 8,
      uploadThroughput: t.network.bitsPerSecond / 8,
    });
  }
  return cdp;
}

/** Navigation to the moment the named button is enabled, in ms (a fresh context: nothing cached). */
export async function timeToButton(
  browser: Browser,
  url: string,
  label: string,
  t: Throttle | null,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  if (t) await throttle(page, t);
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (name) => {
      const b = document.querySelector(`button[aria-label="${name}"]`);
      return b && !(b as HTMLButtonElement).disabled ? performance.now() : false;
    },
    label,
    { polling: 'raf', timeout: 120_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  await context.close();
  return ms;
}
