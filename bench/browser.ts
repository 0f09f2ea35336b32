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

export interface Frames {
  p95Ms: number;
  frames: number;
  longestTaskMs: number;
  longTasks: number;
}

/** Starts recording frame intervals (requestAnimationFrame) and long tasks in the page. */
// A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
const START_FRAMES = `(() => {
  const rec = { deltas: [], tasks: [], on: true };
  window.__frames = rec;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) rec.tasks.push(e.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (now) => {
    rec.deltas.push(now - last);
    last = now;
    if (rec.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(START_FRAMES);
}

async function stopFrames(page: Page): Promise<Frames> {
  const { deltas, tasks } = await page.evaluate(() => {
    const rec = (
      window as unknown as { __frames: { deltas: number[]; tasks: number[]; on: boolean } }
    ).__frames;
    rec.on = false;
    return { deltas: rec.deltas.slice(1), tasks: rec.tasks };
  });
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    frames: deltas.length,
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
  };
}

const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' });

interface Store {
  standoff: { store: { getState(): { call: { myTurn: boolean } | null } } };
}
const myTurn = (page: Page) =>
  page.waitForFunction(
    () => (window as unknown as Store).standoff.store.getState().call?.myTurn === true,
    undefined,
    { timeout: 180_000 },
  );

/**
 * Frames in the call scene with the CPU throttled 4×: from the player's first
 * turn, two proposals (chips picked, the package sent), each answered by the
 * computer with its typed-out reply and the meters moving; and the same span
 * of time on the bare page. Then the ending screen: from "See how it ended" to
 * its charts drawn (the next frame after its buttons are there).
 */
export async function benchFrames(
  browser: Browser,
  gameUrl: string,
  floorUrl: string,
): Promise<{ call: Frames; floor: Frames; endingMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  await page.goto(`${gameUrl}?seed=frames`);
  await button(page, 'Read the briefing').click();
  await button(page, 'Take the call').click();
  await button(page, 'Answer the phone').click();
  await button(page, 'Continue').click();
  for (
    let i = 0;
    i < 100 &&
    !(await page.evaluate(
      () => (window as unknown as Store).standoff.store.getState().call?.myTurn,
    ));
    i++
  )
    await page.keyboard.press('Escape');
  await myTurn(page);
  const cdp = await throttle(page, { cpu: 4, network: null });
  const started = Date.now();
  await startFrames(page);
  for (let round = 0; round < 2; round++) {
    // Two issues put in the draft (the chips light up), as a player picking chips does.
    await page.evaluate(`(() => {
      const s = window.standoff.store.getState();
      for (const issue of s.scenario.issues.slice(${round}, ${round} + 2))
        s.actions.setDraft(issue.id, issue.options[0].id);
      s.actions.proposeDraft();
    })()`);
    await page.waitForFunction(
      () => (window as unknown as Store).standoff.store.getState().call?.myTurn === false,
      undefined,
      { timeout: 180_000 },
    );
    await myTurn(page);
  }
  const call = await stopFrames(page);
  const span = Date.now() - started;
  await button(page, 'Hang up').click();
  const see = button(page, 'See how it ended');
  await see.waitFor();
  const endingMs = await page.evaluate(async () => {
    const b = [...document.querySelectorAll('button')].find(
      (x) => x.getAttribute('aria-label') === 'See how it ended',
    );
    const t0 = performance.now();
    b?.click();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      if (document.querySelector('button[aria-label="Play again"]'))
        return new Promise<number>((r) => requestAnimationFrame(() => r(performance.now() - t0)));
    }
  });
  await cdp.detach();
  await context.close();

  const bare = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const floorPage = await bare.newPage();
  await floorPage.goto(floorUrl);
  await floorPage.locator('button[aria-label="Start"]').waitFor();
  await throttle(floorPage, { cpu: 4, network: null });
  await startFrames(floorPage);
  await floorPage.waitForTimeout(span);
  const floor = await stopFrames(floorPage);
  await bare.close();
  return { call, floor, endingMs };
}

export interface Memory {
  heapMB: number;
  nodes: number;
  listeners: number;
}

async function memory(page: Page): Promise<Memory> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  await cdp.detach();
  return {
    heapMB: get('JSHeapUsedSize') / 2 ** 20,
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
  };
}

/** The heap (after forced garbage collection), DOM nodes and listeners after game 1 and after game 20. */
export async function benchMemory(
  browser: Browser,
  gameUrl: string,
  games = 20,
): Promise<{ after1: Memory; afterN: Memory; games: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  await page.goto(`${gameUrl}?seed=memory`);
  let after1: Memory | undefined;
  for (let game = 1; game <= games; game++) {
    if (game === 1) {
      await button(page, 'Read the briefing').click();
      await button(page, 'Take the call').click();
    } else await button(page, 'Play again').click();
    await button(page, 'Answer the phone').click();
    await button(page, 'Continue').click();
    const hangUp = button(page, 'Hang up');
    for (let i = 0; i < 200 && !(await hangUp.isEnabled()); i++)
      await page.keyboard.press('Escape');
    await hangUp.click();
    await button(page, 'Yes, hang up').click();
    await button(page, 'See how it ended').click();
    await button(page, 'Play again').waitFor();
    if (game === 1) after1 = await memory(page);
  }
  const afterN = await memory(page);
  await context.close();
  return { after1: after1 ?? afterN, afterN, games };
}
