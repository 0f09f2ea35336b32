// The longest game the format allows: a scenario whose every move takes the
// schema's shortest time (1 second) in its longest call (120 minutes), both
// sides played by students making statements until time runs out.
// Playing it takes seconds (the replay copies the game state at each move).
import { playToEnd } from '../../src/negotiation/replay.ts';
import { encodeEvents, makeResult, type GameResult } from '../../src/negotiation/result.ts';
import { MAX_CALL_MINUTES, MIN_MOVE_SECONDS, type Scenario } from '../../src/scenario/schema.ts';
import { tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

export function longestScenario(): Scenario {
  const s = tiny();
  const moves = Object.fromEntries(
    Object.entries(s.moves).map(([k, v]) => [k, { ...v, seconds: MIN_MOVE_SECONDS, effects: {} }]),
  ) as Scenario['moves'];
  return {
    ...s,
    callMinutes: MAX_CALL_MINUTES,
    meters: s.meters.map((m) => ({ ...m, perMinute: 0 })),
    moves,
  };
}

export function longestGame(scenario = longestScenario()): GameResult {
  const [a, b] = scenario.sides.map((x) => x.id);
  const { record } = playToEnd(
    scenario,
    { seed: 7, difficulty: 'normal', controllers: { [a ?? '']: 'human', [b ?? '']: 'human' } },
    (game) => ({ type: 'move', side: game.turn, move: { kind: 'statement', tone: 'respectful' } }),
    100_000,
  );
  // The result's fields from the first moves (making a result replays the game again, which takes long);
  // its moves are the whole game's: it is checked for size and schema here, not replayed.
  const first = { ...record, events: record.events.slice(0, 3) };
  return {
    ...makeResult(scenario, first, a ?? '', 'Zoë Longname-Ñandú 🦊', en),
    moves: encodeEvents(scenario, record.events),
  };
}
