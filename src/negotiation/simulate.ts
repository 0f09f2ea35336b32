// Many computer-against-computer calls of one scenario, across difficulties and
// negotiating styles, summed up: how often each ending occurs, the meters'
// ranges, endings never reached. The teacher's balance check and the benchmark.
import type { Scenario } from '../scenario/schema.ts';
import { STYLES } from '../scenario/schema.ts';
import { DIFFICULTIES, type GameSettings, type GameState } from './types.ts';
import { createCallMachine } from './call-machine.ts';
import { playToEnd } from './replay.ts';
import { seedFrom } from './random.ts';
import { sidesOf } from './utility.ts';

export interface SimulationSummary {
  games: number;
  /** Ending id → how many games reached it (every ending listed, 0 when never). */
  endings: Record<string, number>;
  /** How calls ended: agreement, hang-up, time, threshold. */
  reasons: Record<string, number>;
  /** Final meter values: min, mean, max, by meter id. */
  meters: Record<string, { min: number; mean: number; max: number }>;
  neverReached: string[];
  meanMoves: number;
  meanMinutes: number;
}

/** The settings of the i-th simulated game: every difficulty and style pairing in turn. */
export function simulationSettings(
  scenario: Scenario,
  seed: string | number,
  i: number,
): GameSettings {
  const [a, b] = sidesOf(scenario);
  const difficulty = DIFFICULTIES[i % DIFFICULTIES.length] ?? 'normal';
  // Per difficulty, cycle through the scenario's own styles and then all nine pairings.
  const combo = Math.floor(i / DIFFICULTIES.length) % (STYLES.length * STYLES.length + 1);
  const styles =
    combo === 0
      ? undefined
      : {
          [a.id]: STYLES[(combo - 1) % STYLES.length] ?? 'linear',
          [b.id]: STYLES[Math.floor((combo - 1) / STYLES.length)] ?? 'linear',
        };
  return {
    seed: seedFrom(`${String(seed)}:${i}`),
    controllers: { [a.id]: 'computer', [b.id]: 'computer' },
    difficulty,
    ...(styles ? { styles } : {}),
  };
}

export function simulate(
  scenario: Scenario,
  games: number,
  seed: string | number,
  onGame?: (game: GameState) => void,
): SimulationSummary {
  const machine = createCallMachine(scenario);
  const endings: Record<string, number> = Object.fromEntries(
    scenario.endings.map((e) => [e.id, 0]),
  );
  const reasons: Record<string, number> = {};
  const sums: Record<string, { min: number; sum: number; max: number }> = Object.fromEntries(
    scenario.meters.map((m) => [m.id, { min: Infinity, sum: 0, max: -Infinity }]),
  );
  let moves = 0;
  let seconds = 0;
  for (let i = 0; i < games; i++) {
    const { game } = playToEnd(scenario, simulationSettings(scenario, seed, i), undefined, machine);
    const ending = game.result?.ending ?? '';
    endings[ending] = (endings[ending] ?? 0) + 1;
    const reason = game.result?.reason ?? 'unfinished';
    reasons[reason] = (reasons[reason] ?? 0) + 1;
    for (const id in sums) {
      const v = game.meters[id] ?? 0;
      const s = sums[id];
      if (!s) continue;
      s.min = Math.min(s.min, v);
      s.max = Math.max(s.max, v);
      s.sum += v;
    }
    moves += game.log.length;
    seconds += game.clock;
    onGame?.(game);
  }
  const meters: SimulationSummary['meters'] = {};
  for (const id in sums) {
    const s = sums[id];
    if (s)
      meters[id] =
        games > 0 ? { min: s.min, mean: s.sum / games, max: s.max } : { min: 0, mean: 0, max: 0 };
  }
  return {
    games,
    endings,
    reasons,
    meters,
    neverReached: scenario.endings.filter((e) => (endings[e.id] ?? 0) === 0).map((e) => e.id),
    meanMoves: games > 0 ? moves / games : 0,
    meanMinutes: games > 0 ? seconds / 60 / games : 0,
  };
}
