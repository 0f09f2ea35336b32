// Where a `check` of one file spends its time, part by part, in a fresh
// process as a teacher's check runs them (cold: each part pays for the code it
// is the first to run): loading the file, the reachability and claims search,
// the balance sample (the computer against itself, then against the
// reference players), the lessons. The same calls, with the same arguments, as
// `deepCheck` makes them (src/negotiation/analysis/scenario-check.ts). Run by
// bench/cli.ts as a child (`node --import tsx bench/check-parts.ts FILE`); it
// prints one JSON object of milliseconds.
import { readFileSync } from 'node:fs';
import { REFERENCE_BOTS } from '../bots/reference.ts';
import { loadScenario } from '../src/scenario/load.ts';
import { searchEndings } from '../src/negotiation/analysis/reachability.ts';
import { simulate } from '../src/negotiation/simulate.ts';
import { sampleBotEndings } from '../src/negotiation/analysis/bot-sample.ts';
import { checkLessons } from '../src/negotiation/analysis/lessons.ts';
import { en } from '../src/messages/en.ts';

export interface CheckParts {
  loadMs: number;
  searchMs: number;
  states: number;
  /** Games the claims search played to the end. */
  claimGames: number;
  sampleMs: number;
  lessonsMs: number;
  /** Games each player played, per lesson and difficulty. */
  lessonGames: number[];
}

/** The balance sample's size in `check`, half of it against the reference players. */
const SAMPLE_GAMES = 300;

function timed<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  const value = run();
  return [value, performance.now() - t0];
}

const file = process.argv[2] ?? 'scenarios/2026-01-12-sheinbaum-trump-call.yaml';
const [loaded, loadMs] = timed(() => loadScenario(file, readFileSync(file), en));
if (!loaded.ok) throw new Error(`${file} does not load`);
const scenario = loaded.scenario;
const [search, searchMs] = timed(() => searchEndings(scenario));
const [, sampleMs] = timed(() => {
  const againstPlayers = Math.floor(SAMPLE_GAMES / 2);
  simulate(scenario, SAMPLE_GAMES - againstPlayers, 'check');
  sampleBotEndings(scenario, REFERENCE_BOTS, againstPlayers, 'check');
});
const [lessons, lessonsMs] = timed(() => checkLessons(scenario, REFERENCE_BOTS));
const parts: CheckParts = {
  loadMs,
  searchMs,
  states: search.statesExplored,
  claimGames: search.claimGames,
  sampleMs,
  lessonsMs,
  lessonGames: lessons.map((l) => l.games),
};
console.log(JSON.stringify(parts));
