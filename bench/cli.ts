// The scenario tools' speed (issue 15): `npm run scenario -- check FILE` of one
// file, started as a teacher starts it (scripts/scenario.mjs: the prebuilt
// bundle), against the same check compiled by tsx on every run (as it was, the
// baseline of the same run); and the reachability search on the 6 × 5 fixture.
// Wall time is noisy on a shared machine: CPU time (user + system) is given too.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../src/scenario/load.ts';
import { searchEndings } from '../src/negotiation/analysis/reachability.ts';
import { en } from '../src/messages/en.ts';
import { median } from './median.ts';
import type { CheckParts } from './check-parts.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const TIME = '/usr/bin/time';

export interface Timed {
  wallMs: number;
  cpuMs: number | null;
}

/** One run of a command: wall time, and CPU time when /usr/bin/time is there to say it. */
function timeCommand(command: string, args: string[]): Timed {
  if (existsSync(TIME)) {
    const r = spawnSync(TIME, ['-f', '@@ %e %U %S', command, ...args], {
      cwd: root,
      encoding: 'utf8',
    });
    const m = r.stderr.match(/@@ ([\d.]+) ([\d.]+) ([\d.]+)/);
    if (m) return { wallMs: Number(m[1]) * 1000, cpuMs: (Number(m[2]) + Number(m[3])) * 1000 };
  }
  const t0 = performance.now();
  spawnSync(command, args, { cwd: root });
  return { wallMs: performance.now() - t0, cpuMs: null };
}

function medianOf(runs: Timed[]): Timed {
  const cpu = runs.map((r) => r.cpuMs).filter((x): x is number => x !== null);
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: cpu.length ? median(cpu) : null };
}

export interface CliFigures {
  file: string;
  prebuilt: Timed;
  prebuiltQuick: Timed;
  tsx: Timed;
  ratio: number;
  /** The deeper checks' parts, timed in a fresh process (median of the runs, by part). */
  parts: CheckParts;
  reachability: { firstMs: number; medianMs: number; cpuMs: number; states: number };
}

export function benchCli(runs = 3): CliFigures {
  const file = 'scenarios/2026-01-12-sheinbaum-trump-call.yaml';
  // Built (or found fresh) once, as after `npm run build` or a first run.
  execFileSync(process.execPath, ['scripts/scenario.mjs', '--build-only'], { cwd: root });
  const prebuilt: Timed[] = [];
  const quick: Timed[] = [];
  const tsx: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    prebuilt.push(timeCommand(process.execPath, ['scripts/scenario.mjs', 'check', file]));
    quick.push(timeCommand(process.execPath, ['scripts/scenario.mjs', 'check', '--quick', file]));
    tsx.push(
      timeCommand(process.execPath, [
        'node_modules/tsx/dist/cli.mjs',
        'src/cli/main.ts',
        'check',
        file,
      ]),
    );
  }
  const parts = checkParts(file, runs);
  const fixture = `${root}test/fixtures/valid/six-by-five.yaml`;
  const loaded = loadScenario(fixture, readFileSync(fixture), en);
  if (!loaded.ok) throw new Error('the 6 × 5 fixture does not load');
  const wall: number[] = [];
  const cpu: number[] = [];
  let states = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    states = searchEndings(loaded.scenario).statesExplored;
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const p = medianOf(prebuilt);
  const t = medianOf(tsx);
  return {
    file,
    prebuilt: p,
    prebuiltQuick: medianOf(quick),
    tsx: t,
    ratio: p.wallMs / t.wallMs,
    parts,
    reachability: { firstMs: wall[0] ?? 0, medianMs: median(wall), cpuMs: median(cpu), states },
  };
}

/** The check's parts, each run in a fresh process (bench/check-parts.ts); the median of each. */
function checkParts(file: string, runs: number): CheckParts {
  const all: CheckParts[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/check-parts.ts', file], {
      cwd: root,
      encoding: 'utf8',
    });
    all.push(JSON.parse(out) as CheckParts);
  }
  const first = all[0];
  if (!first) throw new Error('no run of the check parts');
  const of = (pick: (p: CheckParts) => number) => median(all.map(pick));
  return {
    loadMs: of((p) => p.loadMs),
    searchMs: of((p) => p.searchMs),
    states: first.states,
    claimGames: first.claimGames,
    sampleMs: of((p) => p.sampleMs),
    lessonsMs: of((p) => p.lessonsMs),
    lessonGames: first.lessonGames,
  };
}
