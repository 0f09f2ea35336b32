// A saved playthrough: a game record (settings with seed, and the events sent
// to the machine) with the ending and final meters it must reach. Stored next
// to a scenario as FILE.playthroughs/*.json; `scenario test FILE` replays them
// so whoever edits a scenario or the rules sees what changed.
import type { Scenario } from '../scenario/schema.ts';
import type { GameRecord } from './replay.ts';
import { replay } from './replay.ts';
import { createCallMachine } from './call-machine.ts';

export interface Playthrough extends GameRecord {
  name: string;
  /** The ending it must reach and its final meters; `meters: {}` checks the ending only. */
  expected: { ending: string; meters: Record<string, number> };
}

export interface PlaythroughOutcome {
  name: string;
  passed: boolean;
  /** What changed, in words, when it did not pass. */
  differences: string[];
  actual: { ending: string; meters: Record<string, number> };
}

/** Meters are compared to one decimal: finer differences are rounding, not behaviour. */
const round = (x: number) => Math.round(x * 10) / 10;

export function outcomeOf(
  scenario: Scenario,
  record: GameRecord,
  machine = createCallMachine(scenario),
): { ending: string; meters: Record<string, number> } {
  const game = replay(scenario, record, machine).context.game;
  return {
    ending: game.result?.ending ?? '(the call did not end)',
    meters: Object.fromEntries(Object.entries(game.meters).map(([k, v]) => [k, round(v)])),
  };
}

export function verifyPlaythrough(
  scenario: Scenario,
  p: Playthrough,
  machine = createCallMachine(scenario),
): PlaythroughOutcome {
  const actual = outcomeOf(scenario, p, machine);
  const differences: string[] = [];
  if (p.scenario !== scenario.id)
    differences.push(`it was recorded for scenario "${p.scenario}", not "${scenario.id}"`);
  if (actual.ending !== p.expected.ending)
    differences.push(`the ending was "${p.expected.ending}", now "${actual.ending}"`);
  for (const [meter, was] of Object.entries(p.expected.meters)) {
    const now = actual.meters[meter];
    if (now === undefined) differences.push(`the meter "${meter}" no longer exists`);
    else if (round(now) !== round(was)) differences.push(`${meter} ended at ${was}, now ${now}`);
  }
  return { name: p.name, passed: differences.length === 0, differences, actual };
}

/** Checks that a parsed JSON value has the shape of a playthrough (files can be hand-edited). */
export function asPlaythrough(value: unknown): Playthrough | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Partial<Playthrough>;
  const ok =
    typeof v.name === 'string' &&
    typeof v.scenario === 'string' &&
    typeof v.settings === 'object' &&
    v.settings !== null &&
    typeof v.settings.seed === 'number' &&
    Array.isArray(v.events) &&
    typeof v.expected === 'object' &&
    v.expected !== null &&
    typeof v.expected.ending === 'string';
  return ok ? (v as Playthrough) : undefined;
}
