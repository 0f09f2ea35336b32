// The engine's figures (engine.ts) measured in a node process of their own, so
// the bench chooses V8's flags for them and nothing else the bench ran first
// (tsx's loader, other parts) shares their heap. `npm run bench` runs it twice:
// with V8's defaults, and with its allocation-site pretenuring off (engine.ts
// says why). Prints the figures as JSON.
//   node engine-process.mjs SCENARIO_FILE GAMES_PER_ROUND ROUNDS
import { readFileSync } from 'node:fs';
import { loadScenario } from '../src/scenario/load.ts';
import { en } from '../src/messages/en.ts';
import { benchEngine } from './engine.ts';

const [file = '', gamesPerRound = '1000', rounds = '9'] = process.argv.slice(2);
const loaded = loadScenario(file, readFileSync(file), en);
if (!loaded.ok) {
  console.error(`${file}: the scenario does not load; run \`npm run scenario -- check\` on it`);
  process.exit(1);
}
process.stdout.write(
  JSON.stringify(benchEngine(loaded.scenario, Number(gamesPerRound), Number(rounds))),
);
