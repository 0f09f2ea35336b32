// Prints the figures of issue 15 (load, size, frames, memory, the CLI,
// reachability), each with its baseline of the same run and the ratio.
import type { LoadFigures } from './load.ts';
import { heapLessCodeGrowthMB, type GameRun, type Memory } from './memory.ts';
import { NO_SCRIPT } from './heap-snapshot.ts';
import type { CliFigures, Timed } from './cli.ts';
import type { EndingTimes, Frames } from './frames.ts';

const ms = (x: number | null) =>
  x === null ? 'n/a' : `${Math.round(x).toLocaleString('en-US')} ms`;
const pad = (s: string) => s.padStart(10);
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');

const line = (label: string, value: string, note = '') =>
  console.log(`  ${label.padEnd(30)}${pad(value)}${note ? `   ${note}` : ''}`);

export function printPerf(load: LoadFigures | null, cli: CliFigures | null): void {
  if (load) {
    printSizeAndTitle(load);
    printFrames(load);
    printMemory(load);
  }
  if (cli) printCli(cli);
}

/** The JavaScript before the title, and the time to a usable title, each against the bare Phaser page. */
function printSizeAndTitle(load: LoadFigures): void {
  const game = load.gzipKB.phaser + load.gzipKB.rest;
  console.log('');
  console.log('Size: gzipped JavaScript loaded before the title (production build)');
  line('Phaser (the game’s own entry)', `${load.gzipKB.phaser.toFixed(1)} KB`);
  line('the game and the rest', `${load.gzipKB.rest.toFixed(1)} KB`);
  line('all of it', `${game.toFixed(1)} KB`);
  line('bare full-Phaser page', `${load.floorGzipKB.toFixed(1)} KB`, '(the floor)');
  line(
    'ratio',
    (game / load.floorGzipKB).toFixed(2),
    `(target ≤ 1.00: ${verdict(game <= load.floorGzipKB)})`,
  );
  console.log(
    'Load: navigation to a usable title screen, headless Chromium, fresh profile, median',
  );
  line('Standoff title screen', ms(load.titleUsableMs));
  line('bare Phaser page', ms(load.floorMs), '(the floor)');
  line(
    'ratio',
    load.ratio === null ? 'n/a' : load.ratio.toFixed(2),
    load.ratio === null ? '(no Chromium)' : `(target ≤ 1.50: ${verdict(load.ratio <= 1.5)})`,
  );
  if (load.school) {
    console.log('  CPU throttled 4×, network 10 Mbit/s and 40 ms (a Chromebook at school):');
    line('Standoff title screen', ms(load.school.titleUsableMs));
    line('bare Phaser page', ms(load.school.floorMs));
    line(
      'ratio',
      load.school.ratio.toFixed(2),
      `(target ≤ 1.50: ${verdict(load.school.ratio <= 1.5)})`,
    );
  }
}

function printFrames(load: LoadFigures): void {
  if (load.frames) {
    const { call, floor, ending, renderer } = load.frames;
    console.log('Frames: the call scene (typewriter, meters, chips), CPU throttled 4×');
    line(
      "the game's renderer",
      renderer.game === 'webgl' ? 'WebGL' : '2D canvas',
      `(WebGL here: ${renderer.webgl})`,
    );
    line('frame time p95, call', ms(call.p95Ms), `(${call.frames} frames)`);
    if (call.drawn) {
      const { drawn } = call;
      line('  frames the game drew', String(drawn.frames), `(p95 ${ms(drawn.p95Ms)})`);
      line(
        '  frames it did not draw',
        String(call.frames - drawn.frames),
        `(p95 ${ms(drawn.undrawnP95Ms)})`,
      );
    }
    line('frame time p95, bare page', ms(floor.p95Ms), '(the floor, same span)');
    // Frame times come in whole display frames (16.7 ms): a ratio of 1.00 is the same frame time.
    const frameRatio = call.p95Ms / floor.p95Ms;
    line(
      'ratio',
      frameRatio.toFixed(2),
      `(target ≤ 1.00: ${verdict(Number(frameRatio.toFixed(2)) <= 1)})`,
    );
    const perRun = (f: Frames) =>
      f.longTaskRuns && f.longTaskRuns.length > 1
        ? `, median of ${f.longTaskRuns.length} runs: ${f.longTaskRuns.join(', ')}`
        : '';
    line(
      'longest task, call',
      ms(call.longestTaskMs),
      `(${call.longTasks} over 50 ms${perRun(call)}; target none: ${verdict(call.longTasks === 0)}; no more than the bare page: ${verdict(call.longTasks <= floor.longTasks)})`,
    );
    line(
      'longest task, bare page',
      ms(floor.longestTaskMs),
      `(${floor.longTasks} over 50 ms${perRun(floor)})`,
    );
    const first = ending.runs[0]?.pictureMs ?? Number.NaN;
    const each = (pick: (t: EndingTimes) => number) =>
      ending.runs.map((t) => pick(t).toFixed(0)).join(', ');
    line(
      'ending: title and chart drawn',
      ms(ending.pictureMs),
      `(median of ${ending.runs.length}: ${each((t) => t.pictureMs)} ms; target ≤ 100 ms: ${verdict(ending.pictureMs <= 100)}; the first, on a fresh page: ${verdict(first <= 100)})`,
    );
    line(
      'ending: all of it drawn',
      ms(ending.wholeMs),
      `(${each((t) => t.wholeMs)} ms; texts, tabs, buttons: a part a frame)`,
    );
  }
}

function printMemory(load: LoadFigures): void {
  if (!load.memory) return;
  const { fresh, warmed, mid, games } = load.memory;
  console.log(
    `Memory: ${games} games in a row, after forced garbage collection, on the title (bench/memory.ts)`,
  );
  console.log(
    `  games ${warmed.first}–${warmed.first + games - 1}, after ${games} played (the leak figure: V8 has compiled what a game runs)`,
  );
  printGameRun(warmed, mid, games);
  console.log(
    `  games 1–${games} of a fresh page (V8 compiling the game's code as it first runs counts as growth)`,
  );
  printGameRun(fresh, mid, games);
}

function printGameRun(run: GameRun, mid: number, games: number): void {
  const { after1, afterMid, afterN, first } = run;
  const row = (label: string, a: number, b: number, unit: string) =>
    line(
      `  ${label}`,
      `${a.toFixed(unit === 'MB' ? 1 : 0)} → ${b.toFixed(unit === 'MB' ? 1 : 0)}${unit === 'MB' ? ' MB' : ''}`,
      `(×${(b / a).toFixed(3)}; target ≤ 1.05: ${verdict(b <= a * 1.05)})`,
    );
  row('JS heap', after1.heapMB, afterN.heapMB, 'MB');
  // The page's own growth: the heap less what V8 compiled since the run's first game (bench/memory.ts says why).
  row("  less V8 code's growth", after1.heapMB, heapLessCodeGrowthMB(after1, afterN), 'MB');
  const code = [after1, afterMid, afterN].map((m) => m.codeMB ?? 0);
  const perGame = (from: number, to: number, n: number) =>
    `${(((to - from) * 1024) / n).toFixed(0)} KB`;
  const at = [first, first + mid - 1, first + games - 1];
  line(
    "    V8's compiled code in it",
    `${code.map((c) => c.toFixed(1)).join(' → ')} MB`,
    `(after games ${at.join(', ')}: ${perGame(code[0] ?? 0, code[1] ?? 0, mid - 1)} a game, then ${perGame(code[1] ?? 0, code[2] ?? 0, games - mid)})`,
  );
  const grown = codeGrowthByScript(after1, afterN);
  if (grown) console.log(`        its machine code's growth ${grown}`);
  row('DOM nodes', after1.nodes, afterN.nodes, '');
  row('event listeners', after1.listeners, afterN.listeners, '');
}

/** The machine code's growth over a run by the script it was compiled from, most first: "debrief.js +438 KB, …". */
function codeGrowthByScript(after1: Memory, afterN: Memory): string | null {
  const [a, b] = [after1.machineCodeKB, afterN.machineCodeKB];
  if (!a || !b) return null;
  const growth = Object.keys({ ...a, ...b })
    .map((script) => ({ script, kb: (b[script] ?? 0) - (a[script] ?? 0) }))
    .filter((g) => Math.abs(g.kb) >= 5)
    .sort((x, y) => y.kb - x.kb);
  const kb = (x: number) => `${x >= 0 ? '+' : ''}${Math.round(x)} KB`;
  const others = Object.keys({ ...a, ...b }).length - growth.length;
  return `by script: ${growth.map((g) => `${g.script} ${kb(g.kb)}`).join(', ')}${others > 0 ? ` (${others} others under 5 KB each)` : ''}; ${NO_SCRIPT}: what the bench runs in the page to play (Playwright's scripts), and V8's own`;
}

function printCli(cli: CliFigures): void {
  const timed = (t: Timed) => `${ms(t.wallMs)}${t.cpuMs === null ? '' : ` (${ms(t.cpuMs)} CPU)`}`;
  console.log('');
  console.log(`CLI: npm run scenario -- check ${cli.file}, median`);
  line(
    'prebuilt bundle',
    ms(cli.prebuilt.wallMs),
    `${timed(cli.prebuilt)}; target ≤ 1,000 ms: ${verdict(cli.prebuilt.wallMs <= 1000)}`,
  );
  line('prebuilt, --quick', ms(cli.prebuiltQuick.wallMs), timed(cli.prebuiltQuick));
  line('tsx compiling each run', ms(cli.tsx.wallMs), `${timed(cli.tsx)} (the baseline: as it was)`);
  line('ratio', cli.ratio.toFixed(2));
  const parts = cli.parts;
  console.log("  the check's parts, each in a fresh process (cold), median:");
  line('  loading the file', ms(parts.loadMs));
  line(
    '  search',
    ms(parts.searchMs),
    `${parts.states.toLocaleString('en')} states (endings, options), ${parts.claimGames} games aimed at the claims`,
  );
  line('  balance sample', ms(parts.sampleMs), '300 games');
  const games = parts.lessonGames;
  const least = Math.min(...games);
  const most = Math.max(...games);
  line(
    '  lessons',
    ms(parts.lessonsMs),
    `${games.length} answers (lesson × difficulty), ${least === most ? least : `${least}–${most}`} games each player`,
  );
  const r = cli.reachability;
  console.log('Reachability search on test/fixtures/valid/six-by-five.yaml');
  line('first run', ms(r.firstMs), `(${r.states.toLocaleString('en-US')} states)`);
  line(
    'median',
    ms(r.medianMs),
    `(${ms(r.cpuMs)} CPU; target < 1,000 ms: ${verdict(r.medianMs < 1000)})`,
  );
}
