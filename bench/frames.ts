// Frame times and long tasks in the call scene with the CPU throttled 4× (the
// Chrome DevTools Protocol), against the bare Phaser page (bench/floor) over
// as many frames in the same run; and how long the ending screen takes to
// draw. Every wait is on a state of the page (the player's turn, the line
// typed out, a button there) with a bound, never on a length of time, so a
// run ends in bounded time on a loaded machine (issue 15).
import type { Browser, CDPSession, Page } from 'playwright-core';
import { throttle } from './browser.ts';
import { button, openGamePage, WAIT_MS } from './game-page.ts';
import { ENDING_MADE_MARK, ENDING_PICTURE_MARK } from '../src/ui/page-marks.ts';
import { median } from './median.ts';

export interface Frames {
  p95Ms: number;
  frames: number;
  longestTaskMs: number;
  longTasks: number;
  /**
   * The game's page only (it draws only on change): the frames it drew and
   * their p95, and the p95 of the frames it did not draw (the loop ran, the
   * canvas kept its last picture).
   */
  drawn?: { frames: number; p95Ms: number; undrawnP95Ms: number };
  /** Each run's count of long tasks, when the figures are the median of several runs. */
  longTaskRuns?: number[];
}

/** From "See how it ended" pressed to the frame that shows the ending's title and chart, and to the frame after its last part. */
export interface EndingTimes {
  pictureMs: number;
  wholeMs: number;
}

/** The ending timed after several calls: the median of each figure, and every run's (one run is one sample: this machine is noisy). */
export interface EndingFigures extends EndingTimes {
  runs: EndingTimes[];
}

export interface FrameFigures {
  call: Frames;
  floor: Frames;
  ending: EndingFigures;
  /** What draws the game's canvas here: its renderer, and the browser's name for what runs WebGL. */
  renderer: { game: 'webgl' | 'canvas'; webgl: string };
}

/** The longest any one wait may take: a stuck page fails the part instead of hanging the bench. */

/** Starts recording frame intervals (requestAnimationFrame) and long tasks in the page. */
// A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
// On the game's page it also notes which frames the game drew (its renderer's preRender ran): a
// frame's cost shows in the interval that ends at the next frame, so interval i is frame i − 1's.
const START_FRAMES = `(() => {
  const rec = { deltas: [], drew: [], tasks: [], on: true, drawing: false };
  window.__frames = rec;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (rec.on) rec.tasks.push(e.duration);
  }).observe({ type: 'longtask' });
  const renderer = window.standoff?.game?.renderer;
  if (renderer) {
    const preRender = renderer.preRender.bind(renderer);
    renderer.preRender = (...args) => { rec.drawing = true; return preRender(...args); };
  }
  let last = performance.now();
  const tick = (now) => {
    rec.deltas.push(now - last);
    rec.drew.push(renderer ? rec.drawing : null);
    rec.drawing = false;
    last = now;
    if (rec.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

interface Recorder {
  __frames: { deltas: number[]; drew: (boolean | null)[]; tasks: number[]; on: boolean };
}

const p95 = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

async function stopFrames(page: Page): Promise<Frames> {
  const { deltas, drew, tasks } = await page.evaluate(() => {
    const rec = (window as unknown as Recorder).__frames;
    rec.on = false;
    return { deltas: rec.deltas.slice(1), drew: rec.drew.slice(0, -1), tasks: rec.tasks };
  });
  const frames: Frames = {
    p95Ms: p95(deltas),
    frames: deltas.length,
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
  };
  if (drew.some((d) => d !== null)) {
    const drawn = deltas.filter((_, i) => drew[i] === true);
    const undrawn = deltas.filter((_, i) => drew[i] === false);
    frames.drawn = { frames: drawn.length, p95Ms: p95(drawn), undrawnP95Ms: p95(undrawn) };
  }
  return frames;
}

interface Standoff {
  standoff: {
    store: {
      getState(): {
        thinking: boolean;
        call: { phase: string; myTurn: boolean } | null;
        actions: { skipThinking(): void };
      };
    };
    game: {
      scene: {
        getScene(key: string): { screen?: { transcript: { typing(): boolean } } | null } | null;
      };
    };
  };
}

/**
 * The player's turn with the newest line typed out, skipping the computer's
 * pause when `skip` (before the measure); 'over' when the call ends instead.
 */
async function turnReady(page: Page, skip: boolean): Promise<'turn' | 'over'> {
  const handle = await page.waitForFunction(
    (skipping) => {
      const { store, game } = (window as unknown as Standoff).standoff;
      const s = store.getState();
      const call = s.call;
      if (!call || call.phase === 'closing' || call.phase === 'ended') return 'over';
      if (skipping && s.thinking) s.actions.skipThinking();
      const typing = game.scene.getScene('call')?.screen?.transcript.typing() ?? false;
      return call.myTurn && !typing ? 'turn' : false;
    },
    skip,
    { polling: 100, timeout: WAIT_MS },
  );
  return (await handle.jsonValue()) as 'turn' | 'over';
}

/** Puts two issues in the draft (their chips light up) and proposes it, as a player does. */
const PROPOSE = `((round) => {
  const s = window.standoff.store.getState();
  const open = s.call.table.filter((r) => !r.settled);
  for (const row of open.slice(round % Math.max(1, open.length), round % Math.max(1, open.length) + 2)) {
    const option = row.options.find((o) => o.redLine !== 'mine' && o.redLine !== 'theirs') ?? row.options[0];
    s.actions.setDraft(row.issue, option.id);
  }
  if (s.actions.canPropose(window.standoff.store.getState().draft)) s.actions.proposeDraft();
  else s.actions.speak('respectful');
})`;

/** Frames in the call: `rounds` moves of the player, each answered by the computer (its pause, its typed line, the meters). */
async function callFrames(page: Page, rounds: number): Promise<Frames> {
  await page.evaluate(START_FRAMES);
  for (let round = 0; round < rounds; round++) {
    await page.evaluate(`${PROPOSE}(${round})`);
    if ((await turnReady(page, false)) === 'over') break;
  }
  return stopFrames(page);
}

/**
 * From "See how it ended" pressed to the end of the frame that draws the
 * ending's title and chart, and of the frame that draws its last part (the
 * scene marks each once drawn).
 */
async function endingTimes(page: Page): Promise<EndingTimes> {
  const see = button(page, 'See how it ended');
  if (!(await see.isVisible())) {
    await button(page, 'Hang up').click();
    await button(page, 'Yes, hang up').click();
  }
  await see.waitFor({ timeout: WAIT_MS });
  // No named function inside: tsx would wrap it in a helper the page lacks.
  return page.evaluate(
    async ({ pictureMark, madeMark }) => {
      const b = [...document.querySelectorAll('button')].find(
        (x) => x.getAttribute('aria-label') === 'See how it ended',
      );
      performance.clearMarks(pictureMark);
      performance.clearMarks(madeMark);
      const t0 = performance.now();
      b?.click();
      // Each mark is set once the frame it names is drawn: its time, not the next frame's, is the figure.
      let picture: number | undefined;
      let made: number | undefined;
      for (let i = 0; i < 600 && made === undefined; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        picture = performance.getEntriesByName(pictureMark, 'mark')[0]?.startTime;
        made = performance.getEntriesByName(madeMark, 'mark')[0]?.startTime;
      }
      const times = {
        pictureMs: picture === undefined ? Number.NaN : picture - t0,
        wholeMs: made === undefined ? Number.NaN : made - t0,
      };
      return times;
    },
    { pictureMark: ENDING_PICTURE_MARK, madeMark: ENDING_MADE_MARK },
  );
}

/** From the ending, another call (Play again rings at once) to the player's first turn, unthrottled; then throttled again. */
async function anotherEnding(page: Page, cdp: CDPSession): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await button(page, 'Play again').click();
  await button(page, 'Answer the phone').click();
  await button(page, 'Continue').click();
  await turnReady(page, true);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** The ending `runs` times: after the measured call, then after calls hung up at once. */
async function endingFigures(page: Page, cdp: CDPSession, runs: number): Promise<EndingFigures> {
  const times: EndingTimes[] = [await endingTimes(page)];
  while (times.length < runs) {
    await anotherEnding(page, cdp);
    times.push(await endingTimes(page));
  }
  return {
    pictureMs: median(times.map((t) => t.pictureMs)),
    wholeMs: median(times.map((t) => t.wholeMs)),
    runs: times,
  };
}

/** The game's renderer, and what the browser says runs its WebGL (the page reports them). */
async function rendererOf(page: Page): Promise<FrameFigures['renderer']> {
  return page.evaluate(() =>
    (
      window as unknown as { standoff: { renderer(): FrameFigures['renderer'] } }
    ).standoff.renderer(),
  );
}

/** The bare page over as many frames as the call gave (a count, not a time: the same sample). */
async function floorFrames(browser: Browser, floorUrl: string, frames: number): Promise<Frames> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(floorUrl, { waitUntil: 'commit' });
  await page.locator('button[aria-label="Start"]').waitFor({ timeout: WAIT_MS });
  const cdp = await throttle(page, { cpu: 4, network: null });
  await page.evaluate(START_FRAMES);
  await page.waitForFunction(
    (n) => (window as unknown as Recorder).__frames.deltas.length > n,
    frames,
    { polling: 100, timeout: WAIT_MS },
  );
  const floor = await stopFrames(page);
  await cdp.detach();
  await context.close();
  return floor;
}

/**
 * Frames in the call scene with the CPU throttled 4×: from the player's first
 * turn, `rounds` moves (chips picked and the package proposed, or a statement),
 * each answered by the computer after its pause, with its line typed out and
 * the meters easing; then the bare page over the same number of frames; then
 * the ending screen, from "See how it ended" to its title and chart drawn, and
 * to all of it, after that call and after `endings` − 1 more (the median).
 * The call and the bare page are measured `calls` times, each call on a fresh
 * page, and reported as medians (one run's long tasks swing with the load).
 */
export async function benchFrames(
  browser: Browser,
  gameUrl: string,
  floorUrl: string,
  rounds = 3,
  calls = 3,
  endings = 5,
): Promise<FrameFigures> {
  const callRuns: Frames[] = [];
  const floorRuns: Frames[] = [];
  let ending: EndingFigures | undefined;
  let renderer: FrameFigures['renderer'] | undefined;
  // Each call on a fresh page, then the bare page over as many frames: a neighbour's burst of load hits a pair.
  for (let c = 0; c < calls; c++) {
    const { context, page } = await openGamePage(browser, gameUrl, 'frames');
    await button(page, 'Read the briefing').click();
    await button(page, 'Take the call').click();
    await button(page, 'Answer the phone').click();
    await button(page, 'Continue').click();
    await turnReady(page, true);
    const cdp = await throttle(page, { cpu: 4, network: null });
    const call = await callFrames(page, rounds);
    callRuns.push(call);
    if (c === 0) ending = await endingFigures(page, cdp, endings);
    await cdp.detach();
    renderer ??= await rendererOf(page);
    await context.close();
    floorRuns.push(await floorFrames(browser, floorUrl, call.frames));
  }
  if (!ending || !renderer) throw new Error('the frames bench ran no call');
  return { call: medianFrames(callRuns), floor: medianFrames(floorRuns), ending, renderer };
}

/** Several runs' frames as one: the median of each figure, the longest task of all, and each run's long tasks. */
function medianFrames(runs: readonly Frames[]): Frames {
  const pick = (f: (x: Frames) => number) => median(runs.map(f));
  const drawn = runs.map((r) => r.drawn).filter((d) => d !== undefined);
  return {
    p95Ms: pick((r) => r.p95Ms),
    frames: pick((r) => r.frames),
    longestTaskMs: Math.max(0, ...runs.map((r) => r.longestTaskMs)),
    longTasks: pick((r) => r.longTasks),
    longTaskRuns: runs.map((r) => r.longTasks),
    ...(drawn.length === runs.length && drawn.length > 0
      ? {
          drawn: {
            frames: median(drawn.map((d) => d.frames)),
            p95Ms: median(drawn.map((d) => d.p95Ms)),
            undrawnP95Ms: median(drawn.map((d) => d.undrawnP95Ms)),
          },
        }
      : {}),
  };
}
