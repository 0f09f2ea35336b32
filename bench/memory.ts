// The JS heap (after forced garbage collection), DOM nodes and event listeners
// after one game and after twenty played in a row in the same page, through
// the Chrome DevTools Protocol (issue 15: within 5% of each other). Each game
// is played as a student plays one (bench/student-game.ts): a package
// proposed, a respectful word, hang up, every tab of the ending read, back to
// the title. Every figure is taken on the title screen, after the game before
// has fully ended. Every wait is on the page's state, with a bound.
//
// Two runs of twenty games, one after the other in the same page:
// - fresh: games 1–20 from a fresh page ("after 1" waits until Howler has
//   loaded the sounds the first click asked for: the page's mark);
// - warmed: games 21–40, the leak figure. A leak grows the same in every run;
//   V8 compiling the game's code does not. V8 compiles a function to bytecode
//   when it first runs and to faster machine code, in tiers, once it has run
//   often enough, and a game runs many functions only a few times: so the
//   compiled code grows fast over the first games and ever more slowly after
//   (in Chromium 150: ~1.6 MB over games 1–20, ~0.4 MB over 21–40, ~0.3 MB over
//   41–60), bounded by the code the page has. The fresh run is printed too.
//
// In each run, the heap also less the growth of V8's compiled code (bytecode,
// machine code, their feedback and tables: the heap snapshot's "code" nodes):
// what the page itself keeps (objects, strings, arrays, DOM wrappers). The
// compiled code is measured after game 10 of the run too, so the bench shows
// its growth slowing down rather than asserting so; and its machine code by the
// script each function came from, so the bench shows whose code grew (the
// game's chunks, Phaser's, or the scripts Playwright runs in the page to play).
//
// The heap is read several times (each after forced garbage collection) and
// the least reading kept: about one reading in five is ~0.37 MB higher, on an
// idle title, between two collections a few milliseconds apart (V8's own
// bookkeeping, not the page: the snapshot taken then has the same objects).
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { SOUNDS_LOADED_MARK, SOUNDS_MADE_MARK } from '../src/audio/sound-ids.ts';
import { openGamePage, WAIT_MS, waitForMark } from './game-page.ts';
import { studentGame } from './student-game.ts';
import { kindTotals, machineCodeByScript, parseSnapshot, type Snapshot } from './heap-snapshot.ts';

export interface Memory {
  /** The JS heap's used size after forced garbage collection (the least of HEAP_READINGS). */
  heapMB: number;
  /** Of it, V8's compiled code and its bookkeeping (the heap snapshot's code nodes); null when not measured. */
  codeMB: number | null;
  /** Of that, the machine code by the script it was compiled from (KB); null when not measured. */
  machineCodeKB: Record<string, number> | null;
  nodes: number;
  listeners: number;
}

/** One run of games in a row: the figures after its first game, its game MID_GAME and its last. */
export interface GameRun {
  /** The number of the run's first game in the page (1, then games + 1). */
  first: number;
  after1: Memory;
  /** After the run's game MID_GAME: whether the compiled code's growth slows down. */
  afterMid: Memory;
  afterN: Memory;
}

export interface MemoryFigures {
  /** Games 1 to `games` of a fresh page: V8 compiling what a game runs counts as growth. */
  fresh: GameRun;
  /** The next `games` games: the leak figure (see above). */
  warmed: GameRun;
  mid: number;
  games: number;
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

/** A game page with the sounds made and loaded, after one game played (bench/memory-diff.ts compares the games after it). */
export async function warmedGamePage(
  browser: Browser,
  gameUrl: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openGamePage(browser, gameUrl, 'memory');
  await waitForMark(opened.page, SOUNDS_MADE_MARK);
  await studentGame(opened.page);
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
  // The screen left last is destroyed, and its canvases let go, in idle time
  // (scenes/destroy-later.ts, src/phaser/shrink-when-idle.ts): measured once done.
  await page.waitForFunction(
    () => (window as unknown as { standoff: { settled(): boolean } }).standoff.settled(),
    undefined,
    { polling: 100, timeout: WAIT_MS },
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
  const heapSnapshot = code ? await snapshot(page) : null;
  return {
    heapMB: heap / 2 ** 20,
    codeMB: heapSnapshot ? (kindTotals(heapSnapshot).get('code') ?? 0) / 2 ** 20 : null,
    machineCodeKB: heapSnapshot
      ? Object.fromEntries(
          [...machineCodeByScript(heapSnapshot)].map(([script, bytes]) => [script, bytes / 1024]),
        )
      : null,
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
  };
}

/** `games` games in a row, measured after the first (once `ready`), after game `mid` and after the last. */
async function gameRun(
  page: Page,
  first: number,
  { games, mid }: { games: number; mid: number },
  ready: () => Promise<void> = async () => {},
): Promise<GameRun> {
  await studentGame(page);
  await ready();
  const after1 = await measureMemory(page);
  for (let game = 2; game <= mid; game++) await studentGame(page);
  const afterMid = await measureMemory(page);
  for (let game = mid + 1; game <= games; game++) await studentGame(page);
  const afterN = await measureMemory(page);
  return { first, after1, afterMid, afterN };
}

/**
 * The heap (after forced garbage collection), DOM nodes and listeners on the
 * title over two runs of `games` games in a row in one page (see above).
 */
export async function benchMemory(
  browser: Browser,
  gameUrl: string,
  games = 20,
): Promise<MemoryFigures> {
  const { context, page } = await openGamePage(browser, gameUrl, 'memory');
  await waitForMark(page, SOUNDS_MADE_MARK);
  const run = { games, mid: Math.min(MID_GAME, games) };
  const fresh = await gameRun(page, 1, run, () => waitForMark(page, SOUNDS_LOADED_MARK));
  const warmed = await gameRun(page, games + 1, run);
  await context.close();
  return { fresh, warmed, ...run };
}
