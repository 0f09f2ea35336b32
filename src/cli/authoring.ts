// `scenario new FILE`: the commented starter, ready to edit; and
// `scenario test FILE [--update]`: replays FILE.playthroughs/*.json.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STARTER_SCENARIO } from '../scenario/starter.ts';
import {
  asPlaythrough,
  outcomeOf,
  verifyPlaythrough,
  type Playthrough,
} from '../negotiation/playthrough.ts';
import { createCallMachine } from '../negotiation/call-machine.ts';
import { searchEndings } from '../negotiation/analysis/reachability.ts';
import { playToEnd, type GameRecord } from '../negotiation/replay.ts';
import { DIFFICULTIES } from '../negotiation/types.ts';
import { playableScenario } from './read-scenario.ts';
import type { Catalogue } from '../messages/i18n.ts';

/**
 * The scenario schema, found from where this code runs: src/cli/ under tsx, the
 * prebuilt bundle in node_modules/.cache/standoff-cli/ otherwise. The nearest
 * folder above with scenarios/scenario.schema.json is the repository's root
 * (a path fixed relative to this module pointed into node_modules from the bundle).
 */
function schemaFile(): string {
  const wanted = join('scenarios', 'scenario.schema.json');
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, wanted))) return join(dir, wanted);
    if (dirname(dir) === dir) return resolve(here, '..', '..', wanted);
  }
}

export function runNew(file: string, out: (line: string) => void): number {
  if (existsSync(file)) {
    out(`${file}: already exists; choose another name (nothing was written).`);
    return 1;
  }
  mkdirSync(dirname(resolve(file)), { recursive: true });
  // The schema line must point at the schema from wherever the file is.
  const schemaPath = relative(dirname(resolve(file)), schemaFile())
    .split('\\')
    .join('/');
  const text = STARTER_SCENARIO.replace(
    '$schema=./scenario.schema.json',
    `$schema=${schemaPath.startsWith('.') ? schemaPath : `./${schemaPath}`}`,
  );
  writeFileSync(file, text);
  out(`${file}: written. Edit it, then run: npm run scenario -- check ${file}`);
  return 0;
}

function playthroughDir(file: string): string {
  return `${file}.playthroughs`;
}

export function runTest(
  file: string,
  update: boolean,
  out: (line: string) => void,
  catalogue: Catalogue,
): number {
  const playable = playableScenario(file, out, catalogue);
  if (!playable) return 1;
  const dir = playthroughDir(file);
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : [];
  if (names.length === 0) {
    out(
      `${file}: no saved playthroughs in ${dir}/ (record one with: npm run scenario -- play ${file} --side ID --record NAME)`,
    );
    return 0;
  }
  const machine = createCallMachine(playable);
  let failed = 0;
  for (const name of names) {
    const path = join(dir, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      out(
        `${path}:1:1: error: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
      failed++;
      continue;
    }
    const p = asPlaythrough(parsed);
    if (!p) {
      out(
        `${path}:1:1: error: not a playthrough (it needs name, scenario, settings with a seed, events and expected.ending)`,
      );
      failed++;
      continue;
    }
    if (update) {
      const actual = outcomeOf(playable, p, machine);
      // A playthrough that expects only an ending (meters: {}) stays so: its moves decide it, not the computer's.
      const endingOnly = Object.keys(p.expected.meters).length === 0;
      const expected = endingOnly ? { ending: actual.ending, meters: {} } : actual;
      writeFileSync(path, `${JSON.stringify({ ...p, expected }, null, 2)}\n`);
      out(`updated ${path}: ${actual.ending}`);
      continue;
    }
    const result = verifyPlaythrough(playable, p, machine);
    if (result.passed) out(`ok    ${p.name} → ${result.actual.ending}`);
    else {
      failed++;
      out(`FAIL  ${p.name} (${path}): ${result.differences.join('; ')}`);
    }
  }
  out(
    update
      ? `${names.length} playthroughs updated`
      : `${names.length - failed} passed, ${failed} failed`,
  );
  return failed > 0 ? 1 : 0;
}

export function savePlaythrough(file: string, playthrough: Playthrough): string {
  const dir = playthroughDir(file);
  mkdirSync(dir, { recursive: true });
  const slug =
    playthrough.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'playthrough';
  const path = join(dir, `${slug}.json`);
  writeFileSync(path, `${JSON.stringify(playthrough, null, 2)}\n`);
  return path;
}

/**
 * Saves a starting set of playthroughs: the checker's shortest path to each
 * ending (both sides played by hand), and a computer-against-computer game at
 * each difficulty, so later edits show what they change.
 */
export function runRecord(file: string, out: (line: string) => void, catalogue: Catalogue): number {
  const playable = playableScenario(file, out, catalogue);
  if (!playable) return 1;
  const s = playable;
  const machine = createCallMachine(s);
  const humans = Object.fromEntries(s.sides.map((x) => [x.id, 'human' as const]));
  const { paths } = searchEndings(s);
  const records: { name: string; record: GameRecord }[] = Object.entries(paths).map(
    ([ending, log]) => ({
      name: `shortest path to ${ending}`,
      record: {
        scenario: s.id,
        settings: { seed: 1, difficulty: 'normal', controllers: humans },
        events: [
          { type: 'answer' },
          { type: 'proceed' },
          ...log.map((l) => ({ type: 'move' as const, side: l.side, move: l.move })),
        ],
      },
    }),
  );
  for (const difficulty of DIFFICULTIES) {
    const computers = Object.fromEntries(s.sides.map((x) => [x.id, 'computer' as const]));
    records.push({
      name: `computer against computer, ${difficulty}`,
      record: playToEnd(s, { seed: 2026, difficulty, controllers: computers }).record,
    });
  }
  for (const { name, record } of records)
    out(
      `saved ${savePlaythrough(file, { name, ...record, expected: outcomeOf(s, record, machine) })}`,
    );
  return 0;
}
