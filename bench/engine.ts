// Games per second of whole computer-against-computer calls, against the floor
// XState itself sets: a bare actor of the same shape sent the same number of
// events with no rules and no agent. Both measured in the same run, interleaved.
import { performance } from 'node:perf_hooks';
import { assign, createActor, setup } from 'xstate';
import type { Scenario } from '../src/scenario/schema.ts';
import { createCallMachine } from '../src/negotiation/call-machine.ts';
import { playToEnd } from '../src/negotiation/replay.ts';
import { simulationSettings } from '../src/negotiation/simulate.ts';

export interface EngineFigures {
  games: number;
  eventsPerGame: number;
  gamesPerSecond: number;
  bareXStateGamesPerSecond: number;
  ratio: number;
}

/** The same states and transitions as the call machine, counting events instead of playing. */
const bareMachine = setup({
  types: {
    context: {} as { n: number },
    events: {} as { type: 'answer' } | { type: 'proceed' } | { type: 'computerMove' },
  },
  actions: { count: assign(({ context }) => ({ n: context.n + 1 })) },
  guards: { isOver: ({ context }) => context.n >= 1e9 },
}).createMachine({
  context: { n: 0 },
  initial: 'ringing',
  states: {
    ringing: { on: { answer: 'opening' } },
    opening: { on: { proceed: 'turns' } },
    turns: {
      always: { guard: 'isOver', target: 'closing' },
      on: { computerMove: { actions: 'count' }, proceed: 'closing' },
    },
    closing: { on: { proceed: 'ended' } },
    ended: { type: 'final' },
  },
});

function runGames(
  scenario: Scenario,
  games: number,
  offset: number,
): { seconds: number; events: number } {
  const machine = createCallMachine(scenario);
  let events = 0;
  const t0 = performance.now();
  for (let i = 0; i < games; i++)
    events += playToEnd(
      scenario,
      simulationSettings(scenario, 'bench', offset + i),
      undefined,
      machine,
    ).record.events.length;
  return { seconds: (performance.now() - t0) / 1000, events };
}

function runBare(games: number, eventsPerGame: number): number {
  const moves = Math.max(0, Math.round(eventsPerGame) - 3);
  const t0 = performance.now();
  for (let i = 0; i < games; i++) {
    const actor = createActor(bareMachine);
    actor.start();
    actor.send({ type: 'answer' });
    actor.send({ type: 'proceed' });
    // The driver asks the snapshot what state it is in before each event, as playToEnd does.
    for (let k = 0; k < moves; k++) {
      if (!actor.getSnapshot().matches('turns')) break;
      actor.send({ type: 'computerMove' });
    }
    actor.send({ type: 'proceed' });
    actor.send({ type: 'proceed' });
    actor.stop();
  }
  return (performance.now() - t0) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export function benchEngine(scenario: Scenario, gamesPerRound = 2000, rounds = 5): EngineFigures {
  runGames(scenario, 300, 0); // warm-up: JIT and the deal-space cache
  runBare(300, 30);
  const engine: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];
  let eventsPerGame = 0;
  // Rounds alternate engine and baseline, so a burst of load from a neighbour hits
  // both; the ratio is the median of the rounds' ratios.
  for (let r = 0; r < rounds; r++) {
    const g = runGames(scenario, gamesPerRound, r * gamesPerRound);
    eventsPerGame = g.events / gamesPerRound;
    const e = gamesPerRound / g.seconds;
    const b = gamesPerRound / runBare(gamesPerRound, eventsPerGame);
    engine.push(e);
    bare.push(b);
    ratios.push(e / b);
  }
  return {
    games: gamesPerRound * rounds,
    eventsPerGame,
    gamesPerSecond: median(engine),
    bareXStateGamesPerSecond: median(bare),
    ratio: median(ratios),
  };
}
