// Prints the figures of issue 15 (load, size, frames, memory, the CLI,
// reachability), each with its baseline of the same run and the ratio.
import type { LoadFigures } from './load.ts';
import type { CliFigures, Timed } from './cli.ts';

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
    const { call, floor, endingMs } = load.frames;
    console.log('Frames: the call scene (typewriter, meters, chips), CPU throttled 4×');
    line('frame time p95, call', ms(call.p95Ms), `(${call.frames} frames)`);
    line('frame time p95, bare page', ms(floor.p95Ms), '(the floor, same span)');
    line(
      'ratio',
      (call.p95Ms / floor.p95Ms).toFixed(2),
      `(target ≤ 1.00: ${verdict(call.p95Ms <= floor.p95Ms)})`,
    );
    line(
      'longest task, call',
      ms(call.longestTaskMs),
      `(${call.longTasks} over 50 ms; target none: ${verdict(call.longTasks === 0)})`,
    );
    line('longest task, bare page', ms(floor.longestTaskMs));
    line('ending screen drawn in', ms(endingMs), `(target ≤ 100 ms: ${verdict(endingMs <= 100)})`);
  }
}

function printMemory(load: LoadFigures): void {
  if (load.memory) {
    const { after1, afterN, games, warmUp } = load.memory;
    console.log(
      `Memory: after game 1 and after game ${games}, after forced garbage collection (${warmUp} warm-up game before game 1, not counted; sounds loaded)`,
    );
    const row = (label: string, a: number, b: number, unit: string) =>
      line(
        label,
        `${a.toFixed(unit === 'MB' ? 1 : 0)} → ${b.toFixed(unit === 'MB' ? 1 : 0)}${unit === 'MB' ? ' MB' : ''}`,
        `(×${(b / a).toFixed(3)}; target ≤ 1.05: ${verdict(b <= a * 1.05)})`,
      );
    row('JS heap', after1.heapMB, afterN.heapMB, 'MB');
    row("  without V8's compiled code", after1.objectsMB, afterN.objectsMB, 'MB');
    if (afterN.heapMB > after1.heapMB * 1.05 && afterN.objectsMB <= after1.objectsMB * 1.05)
      console.log(
        "    (what grows is code V8 compiles as more functions get hot, not the page's objects: bench/memory-diff.ts)",
      );
    row('DOM nodes', after1.nodes, afterN.nodes, '');
    row('event listeners', after1.listeners, afterN.listeners, '');
  }
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
  const r = cli.reachability;
  console.log('Reachability search on test/fixtures/valid/six-by-five.yaml');
  line('first run', ms(r.firstMs), `(${r.states.toLocaleString('en-US')} states)`);
  line(
    'median',
    ms(r.medianMs),
    `(${ms(r.cpuMs)} CPU; target < 1,000 ms: ${verdict(r.medianMs < 1000)})`,
  );
}
