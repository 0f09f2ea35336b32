// How long a teacher waits for a class to pool: thirty result files checked
// (each replayed and re-graded) and summarised by the class page's store,
// against the floor of merely replaying the same thirty games' moves.
import { performance } from 'node:perf_hooks';
import type { Scenario } from '../src/scenario/schema.ts';
import { createClassStore } from '../src/store/class-store.ts';
import { decodeEvents, resultFileText, type GameResult } from '../src/negotiation/result.ts';
import { replay } from '../src/negotiation/replay.ts';
import { classResults } from '../test/negotiation/random-games.ts';
import { en } from '../src/messages/en.ts';
import { median } from './median.ts';

export interface ClassFigures {
  students: number;
  poolMs: number;
  bareReplayMs: number;
  ratio: number;
}

function bareReplay(scenario: Scenario, results: readonly GameResult[]): void {
  for (const r of results) {
    const decoded = decodeEvents(scenario, r.moves, en);
    if (!decoded.ok) throw new Error(decoded.message);
    const settings = {
      seed: r.seed,
      difficulty: r.difficulty,
      controllers: r.controllers,
    };
    replay(scenario, { scenario: scenario.id, settings, events: decoded.events });
  }
}

export function benchClass(scenario: Scenario, students = 30, rounds = 7): ClassFigures {
  const results = classResults(scenario, students, 5);
  const files = results.map((r, i) => ({ source: `s${i}.json`, text: resultFileText(r) }));
  const pool: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    bareReplay(scenario, results);
    bare.push(performance.now() - start);
    // A fresh page each time: a copy of the scenario, so its deal analysis is worked out anew.
    const fresh = structuredClone(scenario);
    start = performance.now();
    const store = createClassStore([fresh], en);
    store.getState().actions.addInputs(files);
    pool.push(performance.now() - start);
    if (store.getState().summary?.count !== students) throw new Error('the class did not pool');
  }
  const poolMs = median(pool);
  const bareReplayMs = median(bare);
  return { students, poolMs, bareReplayMs, ratio: poolMs / bareReplayMs };
}
