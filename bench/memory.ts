// The JS heap (after forced garbage collection), DOM nodes and event listeners
// after one game and after twenty played in a row in the same page, through
// the Chrome DevTools Protocol (issue 15: within 5% of each other). Each game
// is the shortest a student can play: answer, the greetings, hang up, the
// ending. Every wait is on the page's state, with a bound.
import type { Browser, Page } from 'playwright-core';
import { button, openGamePage, WAIT_MS } from './game-page.ts';

export interface Memory {
  heapMB: number;
  nodes: number;
  listeners: number;
}

export interface MemoryFigures {
  after1: Memory;
  afterN: Memory;
  games: number;
}

async function measureMemory(page: Page): Promise<Memory> {
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

interface Standoff {
  standoff: {
    store: { getState(): { thinking: boolean; actions: { skipThinking(): void } } };
  };
}

/** One game from the briefing's "Take the call" (or "Play again"): answer, greet, hang up, see the ending. */
async function quickGame(page: Page, first: boolean): Promise<void> {
  if (first) {
    await button(page, 'Read the briefing').click();
    await button(page, 'Take the call').click();
  } else await button(page, 'Play again').click();
  await button(page, 'Answer the phone').click();
  await button(page, 'Continue').click();
  // "Hang up" is enabled on the player's turn: the computer's pause is skipped until it is.
  await page.waitForFunction(
    () => {
      const b = document.querySelector('button[aria-label="Hang up"]');
      if (b instanceof HTMLButtonElement && !b.disabled) return true;
      const s = (window as unknown as Standoff).standoff.store.getState();
      if (s.thinking) s.actions.skipThinking();
      return false;
    },
    undefined,
    { polling: 100, timeout: WAIT_MS },
  );
  await button(page, 'Hang up').click();
  await button(page, 'Yes, hang up').click();
  await button(page, 'See how it ended').click();
  await button(page, 'Play again').waitFor({ timeout: WAIT_MS });
}

/** The heap (after forced garbage collection), DOM nodes and listeners after game 1 and after game `games`. */
export async function benchMemory(
  browser: Browser,
  gameUrl: string,
  games = 20,
): Promise<MemoryFigures> {
  const { context, page } = await openGamePage(browser, gameUrl, 'memory');
  await quickGame(page, true);
  const after1 = await measureMemory(page);
  for (let game = 2; game <= games; game++) await quickGame(page, false);
  const afterN = await measureMemory(page);
  await context.close();
  return { after1, afterN, games };
}
