// The JS heap (after forced garbage collection), DOM nodes and event listeners
// after one game and after twenty played in a row in the same page, through
// the Chrome DevTools Protocol (issue 15: within 5% of each other). Each game
// is the shortest a student can play from the title: the briefing, answer,
// the greetings, hang up, the ending, back to the title. Both figures are
// taken on the title screen, after the game before has fully ended. Every wait
// is on the page's state, with a bound.
//
// A fair "after 1": the sounds are made (in idle time) before the first game,
// so its first click loads them, and "after 1" waits until Howler has loaded
// them all (the page's mark); and one warm-up game, not counted, comes first, so
// that V8 has compiled the code a game runs before "after 1" is taken (otherwise
// the compiled code made during game 2 reads as growth).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SOUNDS_LOADED_MARK, SOUNDS_MADE_MARK } from '../src/audio/sound-ids.ts';
import { button, openGamePage, waitForMark, WAIT_MS } from './game-page.ts';
import { kindTotals, parseSnapshot, type Snapshot } from './heap-snapshot.ts';

export interface Memory {
  heapMB: number;
  /** The same heap without V8's compiled code (bytecode, optimised code): the page's own objects. */
  objectsMB: number;
  nodes: number;
  listeners: number;
}

export interface MemoryFigures {
  after1: Memory;
  afterN: Memory;
  games: number;
  /** Games played before game 1, not counted: V8 compiles what a game runs. */
  warmUp: number;
}

/** Games played before game 1 (see above). */
export const WARM_UP_GAMES = 1;

/** A game page with the sounds made and loaded, after the warm-up games: ready for game 1. */
export async function warmedGamePage(
  browser: Browser,
  gameUrl: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openGamePage(browser, gameUrl, 'memory');
  await waitForMark(opened.page, SOUNDS_MADE_MARK);
  for (let game = 1; game <= WARM_UP_GAMES; game++) await quickGame(opened.page);
  await waitForMark(opened.page, SOUNDS_LOADED_MARK);
  return opened;
}

/** Forces garbage collection (twice: what the first frees can free more). */
export async function collectGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}

/** A heap snapshot of the page, after forced garbage collection. */
export async function snapshot(page: Page): Promise<Snapshot> {
  await collectGarbage(page);
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return parseSnapshot(chunks.join(''));
}

export async function measureMemory(page: Page): Promise<Memory> {
  await collectGarbage(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  await cdp.detach();
  // What V8 compiles grows as functions warm up over the games: not kept by the page.
  const kinds = kindTotals(await snapshot(page));
  let objects = 0;
  for (const [kind, bytes] of kinds)
    if (!['code', 'native', 'synthetic'].includes(kind)) objects += bytes;
  return {
    heapMB: get('JSHeapUsedSize') / 2 ** 20,
    objectsMB: objects / 2 ** 20,
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
  };
}

interface Standoff {
  standoff: {
    store: { getState(): { thinking: boolean; actions: { skipThinking(): void } } };
  };
}

/** One game from the title and back to it: briefing, answer, greet, hang up, the ending, "Another scenario". */
export async function quickGame(page: Page): Promise<void> {
  await button(page, 'Read the briefing').click();
  await button(page, 'Take the call').click();
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
  await button(page, 'Another scenario').click();
  await button(page, 'Read the briefing').waitFor({ timeout: WAIT_MS });
}

/**
 * The heap (after forced garbage collection), DOM nodes and listeners on the
 * title after game 1 and after game `games`, the warm-up games before game 1.
 */
export async function benchMemory(
  browser: Browser,
  gameUrl: string,
  games = 20,
): Promise<MemoryFigures> {
  const { context, page } = await warmedGamePage(browser, gameUrl);
  await quickGame(page);
  const after1 = await measureMemory(page);
  for (let game = 2; game <= games; game++) await quickGame(page);
  const afterN = await measureMemory(page);
  await context.close();
  return { after1, afterN, games, warmUp: WARM_UP_GAMES };
}
