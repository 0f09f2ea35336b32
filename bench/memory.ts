// The JS heap (after forced garbage collection), DOM nodes and event listeners
// after one game and after twenty played in a row in the same page, through
// the Chrome DevTools Protocol (issue 15: within 5% of each other). Each game
// is played as a student plays one (bench/student-game.ts): a package
// proposed, a respectful word, hang up, every tab of the ending read, back to
// the title. Both figures are taken on the title screen, after the game before
// has fully ended. Every wait is on the page's state, with a bound.
//
// A fair "after 1": the sounds are made (in idle time) before the first game,
// so its first click loads them, and "after 1" waits until Howler has loaded
// them all (the page's mark); and one warm-up game, not counted, comes first, so
// that V8 has compiled the code a game runs before "after 1" is taken (otherwise
// the compiled code made during game 2 reads as growth).
//
// Two figures for the heap, both printed. The JS heap as it is; and the same
// heap less the growth of V8's compiled code (bytecode, optimised code, their
// feedback and tables: the heap snapshot's "code" nodes). V8 compiles and
// optimises a function when it has run often enough, and a game runs some
// functions only a few times, so the compiled code keeps growing for dozens of
// games (1.1 MB over games 1–10, 0.3 MB over 10–20, ~0.2 MB every ten games
// after, in Chromium 150): bounded by the code the page has, slowing, and kept by V8,
// not by the page. Playing warm-up games until it stops would take more than
// forty games; leaving it out of the leak figure is exact, since the snapshot
// measures it. Compiled code is also measured after game 10, so the bench
// shows it slowing down rather than asserting so. Everything else the page
// keeps (objects, strings, arrays, DOM wrappers) counts in both figures.
//
// The heap is read several times (each after forced garbage collection) and
// the least reading kept: about one reading in five is ~0.37 MB higher, on an
// idle title, between two collections a few milliseconds apart (V8's own
// bookkeeping, not the page: the snapshot taken then has the same objects).
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { SOUNDS_LOADED_MARK, SOUNDS_MADE_MARK } from '../src/audio/sound-ids.ts';
import { openGamePage, waitForMark } from './game-page.ts';
import { studentGame } from './student-game.ts';
import { kindTotals, parseSnapshot, type Snapshot } from './heap-snapshot.ts';

export interface Memory {
  /** The JS heap's used size after forced garbage collection (the least of HEAP_READINGS). */
  heapMB: number;
  /** Of it, V8's compiled code and its bookkeeping (the heap snapshot's code nodes); null when not measured. */
  codeMB: number | null;
  nodes: number;
  listeners: number;
}

export interface MemoryFigures {
  after1: Memory;
  /** After game MID_GAME: whether the compiled code's growth slows down. */
  afterMid: Memory;
  afterN: Memory;
  mid: number;
  games: number;
  /** Games played before game 1, not counted: V8 compiles what a game runs. */
  warmUp: number;
}

/** Heap readings taken for one figure (see above: the least is kept). */
const HEAP_READINGS = 5;

/** The game after which the compiled code is measured too. */
const MID_GAME = 10;

/**
 * After game N, the heap less what V8's compiled code grew since game 1 (MB):
 * what the page itself keeps. Compare with after1.heapMB.
 */
export function heapLessCodeGrowthMB(after1: Memory, afterN: Memory): number {
  return afterN.heapMB - ((afterN.codeMB ?? 0) - (after1.codeMB ?? 0));
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
  for (let game = 1; game <= WARM_UP_GAMES; game++) await studentGame(opened.page);
  await waitForMark(opened.page, SOUNDS_LOADED_MARK);
  return opened;
}

/** Forces garbage collection (twice: what the first frees can free more). */
async function collectGarbageBy(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

export async function collectGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await collectGarbageBy(cdp);
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

/** Heap, DOM nodes and listeners; with `code`, the compiled code too (a heap snapshot: seconds). */
export async function measureMemory(page: Page, code = true): Promise<Memory> {
  // The screen left last is destroyed in idle time (scenes/destroy-later.ts): measured once done.
  await page.evaluate(
    () => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))),
  );
  const cdp = await page.context().newCDPSession(page);
  let heap = Infinity;
  for (let i = 0; i < HEAP_READINGS; i++) {
    await collectGarbageBy(cdp);
    heap = Math.min(heap, (await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  await cdp.detach();
  return {
    heapMB: heap / 2 ** 20,
    codeMB: code ? (kindTotals(await snapshot(page)).get('code') ?? 0) / 2 ** 20 : null,
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
  };
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
  await studentGame(page);
  const after1 = await measureMemory(page);
  const mid = Math.min(MID_GAME, games);
  for (let game = 2; game <= mid; game++) await studentGame(page);
  const afterMid = await measureMemory(page);
  for (let game = mid + 1; game <= games; game++) await studentGame(page);
  const afterN = await measureMemory(page);
  await context.close();
  return { after1, afterMid, afterN, mid, games, warmUp: WARM_UP_GAMES };
}
