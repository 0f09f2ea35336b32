// The longest game the format allows (7,203 events: 1-second moves in a
// 120-minute call) opened on the debrief page and on the class page, against
// the floor of replaying its events bare, in the same run. Before the shared
// history (src/negotiation/history.ts) opening it took minutes and gigabytes;
// the ratio to the bare replay says whether any step grows faster than the game.
import { performance } from 'node:perf_hooks';
import { playToEnd, replay, type GameRecord } from '../src/negotiation/replay.ts';
import { makeResult, resultFileText } from '../src/negotiation/result.ts';
import { loadDebriefPage } from '../src/store/debrief-report.ts';
import { createClassStore } from '../src/store/class-store.ts';
import type { Scenario } from '../src/scenario/schema.ts';
import { longestScenario } from '../test/negotiation/long-game.ts';
import { en } from '../src/messages/en.ts';
import { median } from './median.ts';

export interface LongGameFigures {
  events: number;
  /** Replaying the events alone: the floor. */
  bareReplayMs: number;
  /** The debrief page: the result checked (replayed, graded) and every frame of its replay built. */
  debriefPageMs: number;
  /** The class page: the result file checked and the class pooled. */
  classPageMs: number;
  debriefRatio: number;
  classRatio: number;
}

/** The longest game, both sides played by students making statements until time runs out. */
export function longestRecord(scenario: Scenario): GameRecord {
  const [a, b] = scenario.sides.map((s) => s.id);
  return playToEnd(
    scenario,
    { seed: 7, difficulty: 'normal', controllers: { [a ?? '']: 'human', [b ?? '']: 'human' } },
    (game) => ({ type: 'move', side: game.turn, move: { kind: 'statement', tone: 'respectful' } }),
    100_000,
  ).record;
}

function timed(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

export function benchLongGame(rounds = 3, scenario = longestScenario()): LongGameFigures {
  const record = longestRecord(scenario);
  const side = scenario.sides[0]?.id ?? '';
  const file = resultFileText(makeResult(scenario, record, side, 'Long Game', en));
  const bare: number[] = [];
  const debrief: number[] = [];
  const classPage: number[] = [];
  for (let r = 0; r < rounds; r++) {
    bare.push(timed(() => replay(scenario, record)));
    debrief.push(
      timed(() => {
        if (!loadDebriefPage(file, [scenario], en).ok)
          throw new Error('the debrief page refused it');
      }),
    );
    classPage.push(
      timed(() => {
        const store = createClassStore([scenario], en);
        store.getState().actions.addInputs([{ source: 'long.json', text: file }]);
        if (store.getState().summary?.count !== 1) throw new Error('the class page refused it');
      }),
    );
  }
  const bareReplayMs = median(bare);
  const debriefPageMs = median(debrief);
  const classPageMs = median(classPage);
  return {
    events: record.events.length,
    bareReplayMs,
    debriefPageMs,
    classPageMs,
    debriefRatio: debriefPageMs / bareReplayMs,
    classRatio: classPageMs / bareReplayMs,
  };
}

export function longGameReport(f: LongGameFigures): string[] {
  const ms = (x: number) => `${Math.round(x).toLocaleString('en-US').padStart(8)} ms`;
  return [
    `The longest game the format allows: ${f.events.toLocaleString('en-US')} events, opened`,
    `  on the debrief page     ${ms(f.debriefPageMs)}   ×${f.debriefRatio.toFixed(1)} the bare replay`,
    `  on the class page       ${ms(f.classPageMs)}   ×${f.classRatio.toFixed(1)} the bare replay`,
    `  bare replay of it       ${ms(f.bareReplayMs)}   (the floor: the events alone)`,
  ];
}
