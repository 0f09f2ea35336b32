// The state after a move: the move kind's own rules (from the table), then
// what every move does — the other side learns from it, the clock runs, the
// meters drift, events fire, the call may end. Nothing is copied that a move
// only appends to: the log, transcript and meter history are shared (history.ts).
import { COUNTED_MOVES, type CountedMove, type Scenario } from '../../scenario/schema.ts';
import type { Cause, GameState, Move, MeterChange, SideId, TranscriptEntry } from '../types.ts';
import { Rng } from '../random.ts';
import { applyEffects, driftEffects } from '../meters.ts';
import { otherSide } from '../utility.ts';
import { observeMove } from '../agent/opponent-model.ts';
import { listOf, withLists } from '../history.ts';
import { observe, type Turn } from './turn.ts';
import { ruleOf } from './table.ts';
import { callEndAfter, finishCall, fireEvents } from './call-end.ts';

export function callSeconds(scenario: Scenario): number {
  return Math.round(scenario.callMinutes * 60);
}

function moveSeconds(scenario: Scenario, move: Move): number {
  const kind = countedKind(move);
  return kind ? scenario.moves[kind].seconds : 0;
}

/** The kind a move is counted and costed as: statements by tone; ending the call is free. */
function countedKind(move: Move): CountedMove | undefined {
  if (move.kind === 'statement') return move.tone;
  if (move.kind === 'endCall') return undefined;
  return move.kind;
}

/**
 * The causes of meter changes that carry nothing but their kind, made once and
 * shared by every transcript (a cause is only read: JSON and comparisons see no difference).
 */
const CLOCK_CAUSE: Cause = { kind: 'clock' };
const MOVE_CAUSES = Object.fromEntries(
  COUNTED_MOVES.map((move) => [move, { kind: 'move', move }]),
) as Record<CountedMove, Cause>;

export function emptyCounts(): Record<CountedMove, number> {
  return {
    propose: 0,
    accept: 0,
    reject: 0,
    respectful: 0,
    firm: 0,
    threatening: 0,
    evidence: 0,
    redLine: 0,
    defer: 0,
  };
}

/**
 * The state after `side` makes `move`. The move must be legal (see checkMove).
 * `rngState` lets the computer's turn pass on the generator it drew its choice from.
 */
export function applyMove(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  move: Move,
  rngState: number = state.rng,
): GameState {
  const turn = startTurn(scenario, state, side, move, new Rng(rngState));
  ruleOf(move.kind).apply(turn, move);
  // The other side learns from every move: what it asks for, turns down, and how it is said
  // (a side the computer does not play has no model: nothing to learn, nothing to build).
  const other = turn.other;
  if (turn.models[other]) {
    const seen = {
      move,
      standing: state.standing,
      settled: state.settled,
      redLinesInvoked: state.redLinesInvoked,
    };
    turn.models = observe(turn.models, other, (m) =>
      observeMove(scenario, m, other, seen, turn.changes),
    );
  }
  return endTurn(turn, move);
}

/** The draft of a move, with the meter effects of its kind (a statement's, by tone) applied. */
function startTurn(scenario: Scenario, state: GameState, side: SideId, move: Move, rng: Rng): Turn {
  const counted = countedKind(move);
  const changes: MeterChange[] = [];
  const meters = counted
    ? applyEffects(state.meters, scenario.moves[counted].effects, MOVE_CAUSES[counted], changes)
    : state.meters;
  return {
    scenario,
    before: state,
    side,
    other: otherSide(scenario, side),
    rng,
    changes,
    said: [],
    meters,
    settled: state.settled,
    standing: state.standing,
    models: state.models,
    evidenceUsed: state.evidenceUsed,
    redLinesInvoked: state.redLinesInvoked,
    result: null,
  };
}

/** The clock, the drift, the events and the end of the call; then the next state. */
function endTurn(turn: Turn, move: Move): GameState {
  const { scenario, before: state, side, other } = turn;
  const length = callSeconds(scenario);
  const clock = Math.min(length, state.clock + moveSeconds(scenario, move));
  let meters = applyEffects(
    turn.meters,
    driftEffects(scenario, clock - state.clock),
    CLOCK_CAUSE,
    turn.changes,
  );
  const counted = countedKind(move);
  const counts = counted ? withCount(state.counts, side, counted) : state.counts;
  // What the move adds to the transcript: its lines, its meter changes, then any events.
  const transcript: TranscriptEntry[] = turn.said;
  if (turn.changes.length > 0) transcript.push({ kind: 'meters', clock, changes: turn.changes });
  if (scenario.events.length > 0 && !turn.result && clock < length)
    meters = fireEvents(scenario, listOf(state, 'transcript'), transcript, clock, meters);
  const { settled } = turn;
  const end = turn.result ?? callEndAfter(scenario, meters, settled, clock, length);
  const result = end
    ? finishCall(
        scenario,
        { turn: other, clock, settled, meters, counts },
        end,
        turn.rng,
        transcript,
      )
    : null;
  // Every field written out (not spread from the state): this runs thousands of times a second in a balance check.
  const fields = {
    settings: state.settings,
    rng: turn.rng.state,
    clock,
    turn: other,
    meters,
    settled,
    standing: turn.standing,
    evidenceUsed: turn.evidenceUsed,
    redLinesInvoked: turn.redLinesInvoked,
    counts,
    models: turn.models,
    result,
  };
  const log = [{ side, move, clock: state.clock }];
  return withLists(state, fields, { log, transcript, meterHistory: [{ clock, meters }] });
}

function withCount(
  counts: GameState['counts'],
  side: SideId,
  kind: CountedMove,
): GameState['counts'] {
  // A clone, then one side replaced: the same keys in the same order, without building a record key by key.
  const next: GameState['counts'] = { ...counts };
  const mine = copyCounts(counts[side] ?? emptyCounts());
  mine[kind] += 1;
  next[side] = mine;
  return next;
}

/** A side's counts copied field by field (one shape for every copy; a spread is slower here). */
function copyCounts(c: Record<CountedMove, number>): Record<CountedMove, number> {
  return {
    propose: c.propose,
    accept: c.accept,
    reject: c.reject,
    respectful: c.respectful,
    firm: c.firm,
    threatening: c.threatening,
    evidence: c.evidence,
    redLine: c.redLine,
    defer: c.defer,
  };
}
