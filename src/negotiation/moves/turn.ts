// One move being applied: the state before it, and the draft of what changes.
// A move kind's `apply` writes to the draft (local to applyMove, so the rules
// stay pure: the state passed in is never changed); applyMove then runs the
// clock, the events and the end of the call, and builds the next state.
import type { Scenario, Situation } from '../../scenario/schema.ts';
import type {
  CallResult,
  GameState,
  Move,
  MeterChange,
  MoveKind,
  SideId,
  Utterance,
} from '../types.ts';
import type { Rng } from '../random.ts';
import { listOf } from '../history.ts';
import { recentLines, utter, type Said } from './words.ts';
import type { MoveProblem } from './problems.ts';

export interface Turn {
  readonly scenario: Scenario;
  readonly before: GameState;
  readonly side: SideId;
  readonly other: SideId;
  readonly rng: Rng;
  /** The meter changes of this move, in order: they become one transcript entry. */
  readonly changes: MeterChange[];
  /** What the leaders said in this move, in order. */
  readonly said: Utterance[];
  meters: GameState['meters'];
  settled: GameState['settled'];
  standing: GameState['standing'];
  models: GameState['models'];
  evidenceUsed: GameState['evidenceUsed'];
  redLinesInvoked: GameState['redLinesInvoked'];
  /** Set by a move that ends the call itself (hanging up). */
  result: CallResult | null;
}

export type MoveOf<K extends MoveKind> = Extract<Move, { kind: K }>;

/** One move kind's rules (boardgame.io's moves table is the model). */
export interface MoveRule<K extends MoveKind> {
  /** Why `side` may not make the move now; null when it may. Turn and end of call are checked before. */
  problem(scenario: Scenario, game: GameState, side: SideId, move: MoveOf<K>): MoveProblem | null;
  /** What the move does: its words, and its writes to the draft. Called only for a legal move. */
  apply(turn: Turn, move: MoveOf<K>): void;
}

/** Has `speaker` say a line of `situation`, remembering its recent lines so it does not repeat itself. */
export function say(
  turn: Turn,
  speaker: SideId,
  situation: Said,
  extra: Partial<Utterance>,
  drawFor?: Situation,
): void {
  const recent = recentLines(listOf(turn.before, 'transcript'), turn.said, speaker);
  turn.said.push(
    utter(
      turn.scenario,
      turn.rng,
      turn.before.clock,
      speaker,
      situation,
      extra,
      drawFor ? { recent, drawFor } : { recent },
    ),
  );
}

export function observe(
  models: GameState['models'],
  observer: SideId,
  update: (m: GameState['models'][string]) => GameState['models'][string],
): GameState['models'] {
  const model = models[observer];
  return model ? { ...models, [observer]: update(model) } : models;
}
