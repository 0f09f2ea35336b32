// Many computer-against-computer calls of one scenario, across difficulties and
// negotiating styles, summed up: how often each ending occurs, the meters'
// ranges, endings never reached. The teacher's balance check and the benchmark.
import type { Scenario } from '../scenario/schema.ts';
import { STYLES } from '../scenario/schema.ts';
import { DIFFICULTIES, type GameSettings, type GameState } from './types.ts';
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

/** The running sums of a simulation, game by game. */
interface Tally {
  endings: Record<string, number>;
  reasons: Record<string, number>;
  meters: Record<string, { min: number; sum: number; max: number }>;
  moves: number;
  seconds: number;
}

function emptyTally(scenario: Scenario): Tally {
  return {
    endings: Object.fromEntries(scenario.endings.map((e) => [e.id, 0])),
    reasons: {},
    meters: Object.fromEntries(
      scenario.meters.map((m) => [m.id, { min: Infinity, sum: 0, max: -Infinity }]),
    ),
    moves: 0,
    seconds: 0,
  };
}

function count(tally: Tally, game: GameState): void {
  const ending = game.result?.ending ?? '';
  tally.endings[ending] = (tally.endings[ending] ?? 0) + 1;
  const reason = game.result?.reason ?? 'unfinished';
  tally.reasons[reason] = (tally.reasons[reason] ?? 0) + 1;
  for (const id in tally.meters) {
    const v = game.meters[id] ?? 0;
    const s = tally.meters[id];
    if (!s) continue;
    s.min = Math.min(s.min, v);
    s.max = Math.max(s.max, v);
    s.sum += v;
  }
  tally.moves += game.log.length;
  tally.seconds += game.clock;
}

function summary(scenario: Scenario, tally: Tally, games: number): SimulationSummary {
  const meters: SimulationSummary['meters'] = {};
  for (const id in tally.meters) {
    const s = tally.meters[id];
    if (s)
      meters[id] =
        games > 0 ? { min: s.min, mean: s.sum / games, max: s.max } : { min: 0, mean: 0, max: 0 };
  }
  const { endings, reasons } = tally;
  return {
    games,
    endings,
    reasons,
    meters,
    neverReached: scenario.endings.filter((e) => (endings[e.id] ?? 0) === 0).map((e) => e.id),
    meanMoves: games > 0 ? tally.moves / games : 0,
    meanMinutes: games > 0 ? tally.seconds / 60 / games : 0,
  };
}

export function simulate(
  scenario: Scenario,
  games: number,
  seed: string | number,
  onGame?: (game: GameState) => void,
): SimulationSummary {
  const tally = emptyTally(scenario);
  for (let i = 0; i < games; i++) {
    const { game } = playToEnd(scenario, simulationSettings(scenario, seed, i));
    count(tally, game);
    onGame?.(game);
  }
  return summary(scenario, tally, games);
}
