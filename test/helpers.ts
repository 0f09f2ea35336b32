// Shared by the tests: load a fixture or a bundled scenario, failing loudly.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../src/scenario/load.ts';
import type { Scenario } from '../src/scenario/schema.ts';
import type { GameSettings } from '../src/negotiation/types.ts';
import type { Scheduler } from '../src/store/game-store.ts';
import { en } from '../src/messages/en.ts';

export const DEFAULT_SCENARIO = 'scenarios/2026-01-12-sheinbaum-trump-call.yaml';

export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

export function loadOrThrow(relative: string): Scenario {
  const result = loadScenario(relative, readFileSync(repoPath(relative)), en);
  if (!result.ok)
    throw new Error(
      `${relative} does not load:\n${result.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`,
    );
  return result.scenario;
}

export const tiny = (): Scenario => loadOrThrow('test/fixtures/valid/tiny.yaml');

export function settings(
  scenario: Scenario,
  overrides: Partial<GameSettings> = {},
  human?: string,
): GameSettings {
  return {
    seed: 1,
    difficulty: 'normal',
    controllers: Object.fromEntries(
      scenario.sides.map((s) => [s.id, s.id === human ? 'human' : 'computer']),
    ),
    ...overrides,
  };
}

/** A scheduler the test runs by hand: nothing happens until `flush`. */
export function manualScheduler() {
  const queue = new Map<number, () => void>();
  let next = 0;
  const scheduler: Scheduler = {
    setTimeout: (fn) => {
      queue.set(++next, fn);
      return next;
    },
    clearTimeout: (handle) => void queue.delete(handle as number),
  };
  const flush = () => {
    for (const [id, fn] of [...queue]) {
      queue.delete(id);
      fn();
    }
  };
  return { scheduler, flush, size: () => queue.size };
}

/** The item at `index`, or a test failure naming it: no non-null assertions in tests. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at ${index} of ${items.length}`);
  return item;
}
