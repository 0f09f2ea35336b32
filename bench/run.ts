// `npm run bench`: prints the figures the issues ask for. Speeds are reported
// with a baseline measured in the same run (these machines are shared and
// noisy), and as a ratio to it. `--json` prints them as one object.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../src/scenario/load.ts';
import { build } from 'esbuild';
import type { EngineFigures, engineReport as EngineReport } from './engine.ts';
import type { benchTournament as BenchTournament } from './tournament.ts';
import type { benchAgentAudit as BenchAgentAudit } from './agent-audit.ts';
import type { benchClaims as BenchClaims, claimsReport as ClaimsReport } from './claims.ts';
import { benchLoad } from './load.ts';
import { benchClass } from './class.ts';
import { benchLongGame, longGameReport } from './long-game.ts';
import { benchHostile, benchHostileBrowser, hostileReport, IN_CHROMIUM } from './hostile.ts';
import { benchCli } from './cli.ts';
import { printPerf } from './print-perf.ts';
import { en } from '../src/messages/en.ts';

const DEFAULT_SCENARIO = fileURLToPath(
  new URL('../scenarios/2026-01-12-sheinbaum-trump-call.yaml', import.meta.url),
);
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');

const loaded = loadScenario(DEFAULT_SCENARIO, readFileSync(DEFAULT_SCENARIO), en);
if (!loaded.ok) {
  console.error('the default scenario does not load; run `npm run scenario -- check` on it');
  process.exit(1);
}
// One part only, on a shared machine: `npm run bench -- --only=hostile` (or server, engine, cli; or title, frames, memory:
// these need `npm run build` and the floor page built first, as the whole bench does).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only === 'hostile') {
  const figures = benchHostile(readFileSync(DEFAULT_SCENARIO, 'utf8'), quick ? 1 : 3);
  const inBrowser = await benchHostileBrowser(
    readFileSync(DEFAULT_SCENARIO, 'utf8'),
    quick ? 1 : 3,
  );
  const browserLines = inBrowser ? hostileReport(inBrowser, 6, IN_CHROMIUM) : ['(no Chromium)'];
  console.log(
    json
      ? JSON.stringify({ hostile: figures, hostileBrowser: inBrowser }, null, 2)
      : [...hostileReport(figures), ...browserLines].join('\n'),
  );
  process.exit(0);
}
/** The live-class server (issue 16): 500 calls (the goal's count) for 20 s; --quick: 50 for 5 s. */
async function serverLoadPart(): Promise<void> {
  const { benchServerLoad, serverLoadReport } = await import('./server-load.ts');
  const figures = await benchServerLoad(quick ? 50 : 500, quick ? 5 : 20, 1000);
  console.log(
    json
      ? JSON.stringify({ serverLoad: figures }, null, 2)
      : ['', ...serverLoadReport(figures, 1000)].join('\n'),
  );
}
if (only === 'server') {
  await serverLoadPart();
  process.exit(0);
}
// `--only=cli`: the scenario tools' start and check (issue 15), then stop.
if (only === 'cli') {
  const cli = benchCli(quick ? 1 : 3);
  if (json) console.log(JSON.stringify({ cli }, null, 2));
  else printPerf(null, cli);
  process.exit(0);
}
if (only === 'title' || only === 'frames' || only === 'memory') {
  const load = await benchLoad(quick ? 3 : 5, [only]);
  if (json) console.log(JSON.stringify({ load }, null, 2));
  else printPerf(load, null);
  process.exit(0);
}
// The game ships bundled and minified by Vite; tsx's per-import indirection would
// slow our code but not XState's (already compiled), so the engine is measured as
// a bundle too, with its libraries left as the same node_modules as the baseline.
/** Bundles bench/NAME.ts into node_modules/.cache/standoff-bench/NAME.mjs; returns its path. */
async function bundled(name: string): Promise<string> {
  const outfile = fileURLToPath(
    new URL(`../node_modules/.cache/standoff-bench/${name}.mjs`, import.meta.url),
  );
  await build({
    entryPoints: [fileURLToPath(new URL(`./${name}.ts`, import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    minify: true,
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
const { engineReport, NO_PRETENURING } = (await import(await bundled('engine'))) as {
  engineReport: typeof EngineReport;
  NO_PRETENURING: string;
};
const engineProcess = await bundled('engine-process');
/** The engine's figures from a node process of their own, with these V8 flags (bench/engine.ts says why). */
function engineIn(flags: string[]): EngineFigures {
  const args = [...flags, engineProcess, DEFAULT_SCENARIO, '1000', quick ? '3' : '9'];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as EngineFigures;
}
const engine = { defaults: engineIn([]), noPretenuring: engineIn([NO_PRETENURING]) };
// `--only=engine`: the engine's figures alone (issue 15), then stop.
if (only === 'engine') {
  console.log(
    json
      ? JSON.stringify({ engine }, null, 2)
      : engineReport(engine, loaded.scenario.id).join('\n'),
  );
  process.exit(0);
}

const classPool = benchClass(loaded.scenario, 30, quick ? 3 : 7);
const longGame = benchLongGame(quick ? 1 : 3);
const hostile = benchHostile(readFileSync(DEFAULT_SCENARIO, 'utf8'), quick ? 1 : 3);
const load = process.argv.includes('--engine-only') ? null : await benchLoad(quick ? 3 : 5);
const cli = benchCli(quick ? 1 : 3);

if (json) {
  console.log(JSON.stringify({ engine, classPool, longGame, load, cli, hostile }, null, 2));
} else {
  console.log(engineReport(engine, loaded.scenario.id).join('\n'));
}
if (!json) {
  console.log('');
  console.log(
    `Class page: ${classPool.students} result files checked (each replayed and graded) and pooled`,
  );
  console.log(
    `  pooled in              ${Math.round(classPool.poolMs).toString().padStart(8)} ms   (target < 1,000 ms)`,
  );
  console.log(
    `  bare replay of the same ${Math.round(classPool.bareReplayMs).toString().padStart(7)} ms   (the floor: the moves alone, no checks)`,
  );
  console.log(`  ratio                  ${classPool.ratio.toFixed(2).padStart(8)}`);
}
if (!json) console.log(['', ...longGameReport(longGame)].join('\n'));
if (!json) console.log(['', ...hostileReport(hostile)].join('\n'));
if (!json) printPerf(load, cli);

/** A cell of bots against principled: "principled 77.6, tiny-steps 45.0, …". */
function cellScores(c: { principled: number; bots: Record<string, number> }): string {
  return [['principled', c.principled] as const, ...Object.entries(c.bots)]
    .map(([name, score]) => `${name} ${score.toFixed(1)}`)
    .join(', ');
}

// — the computer's promises over many games (issue 11), bundled like the engine.
if (!process.argv.includes('--engine-only')) {
  const { benchAgentAudit } = (await import(await bundled('agent-audit'))) as {
    benchAgentAudit: typeof BenchAgentAudit;
  };
  const audits = [];
  for (const name of ['2026-01-12-sheinbaum-trump-call', '2019-06-us-mexico-tariff-migration']) {
    const file = fileURLToPath(new URL(`../scenarios/${name}.yaml`, import.meta.url));
    const scenario = loadScenario(file, readFileSync(file), en);
    if (!scenario.ok) continue;
    const figures = benchAgentAudit(
      scenario.scenario,
      quick ? 1000 : 10_000,
      quick ? 10 : 40,
      quick ? 30 : 300,
    );
    audits.push(figures);
    if (!json) {
      console.log('');
      console.log(`The computer's promises: ${scenario.scenario.title}, ${figures.games} games`);
      console.log(
        `  offers rising without a reason: ${figures.risingOffers}; agreements below its reservation: ${figures.belowReservation}; calls with a threat first: ${figures.unprovokedThreatCalls} of ${figures.computerSides} (${((100 * figures.unprovokedThreatCalls) / Math.max(1, figures.computerSides)).toFixed(1)}%)`,
      );
      console.log(
        `  its offer after four moves of the player (0 = an average acceptable deal, 1 = the best for that player), mean over the players: ${Object.entries(
          figures.modelQuality,
        )
          .map(([k, v]) => `${k} ${v.mean.toFixed(2)}`)
          .join(', ')}`,
      );
      for (const c of figures.unseen)
        console.log(
          `  unseen bots as ${c.side}, ${c.difficulty}: ${cellScores(c)}; best margin over principled ${c.margin.toFixed(1)} (at most 2)`,
        );
      for (const c of figures.openTricks)
        console.log(
          `  open tricks (not answered yet) as ${c.side}, ${c.difficulty}: ${cellScores(c)}; best margin ${c.margin.toFixed(1)}`,
        );
    }
  }
  if (json) console.log(JSON.stringify({ agentAudit: audits }, null, 2));
}

// — the bot tournament (issue 11): bundled like the engine, every bundled scenario.
if (!process.argv.includes('--engine-only')) {
  const { benchTournament } = (await import(await bundled('tournament'))) as {
    benchTournament: typeof BenchTournament;
  };
  const perCell = quick ? 30 : 300;
  const tournaments = [];
  for (const name of ['2026-01-12-sheinbaum-trump-call', '2019-06-us-mexico-tariff-migration']) {
    const file = fileURLToPath(new URL(`../scenarios/${name}.yaml`, import.meta.url));
    const scenario = loadScenario(file, readFileSync(file), en);
    if (!scenario.ok) continue;
    const figures = benchTournament(scenario.scenario, perCell);
    tournaments.push(figures);
    if (!json) {
      console.log('');
      console.log(`Bot tournament: ${scenario.scenario.title}, ${perCell} games a cell, seed 1`);
      for (const line of figures.table) console.log(line ? `  ${line}` : '');
      console.log(
        `  ${figures.games} games in ${figures.seconds.toFixed(1)} s (${figures.cpuSeconds.toFixed(1)} s CPU): ${Math.round(figures.gamesPerSecond)} games/s, ${Math.round(figures.games / Math.max(figures.cpuSeconds, 1e-9))} per CPU second`,
      );
    }
  }
  if (json)
    console.log(
      JSON.stringify(
        {
          tournament: tournaments.map(({ table: _table, result, ...rest }) => ({
            ...rest,
            results: result.results,
            errors: result.errors,
          })),
        },
        null,
        2,
      ),
    );
}

// — the live-class server under load (issue 16): a short, bounded run on loopback.
if (!process.argv.includes('--engine-only')) await serverLoadPart();

// — the samples too big for the unit suite (issue 14): the endings' claims over 10,000 random
// games a scenario, and the bundled scenarios' whole check with its defaults. Exit 1 when either fails.
if (!process.argv.includes('--engine-only')) {
  const { benchClaims, claimsReport } = (await import(await bundled('claims'))) as {
    benchClaims: typeof BenchClaims;
    claimsReport: typeof ClaimsReport;
  };
  const claims = [];
  for (const name of ['2026-01-12-sheinbaum-trump-call', '2019-06-us-mexico-tariff-migration']) {
    const file = fileURLToPath(new URL(`../scenarios/${name}.yaml`, import.meta.url));
    const scenario = loadScenario(file, readFileSync(file), en);
    if (!scenario.ok) continue;
    const figures = benchClaims(scenario.scenario, quick ? 1000 : 10_000, quick ? 100 : 300);
    claims.push(figures);
    if (figures.contradictions.length > 0 || figures.findings.length > 0) process.exitCode = 1;
    if (!json) console.log(['', ...claimsReport(figures)].join('\n'));
  }
  if (json) console.log(JSON.stringify({ claims }, null, 2));
}
