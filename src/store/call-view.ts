// What the screen shows of a call, derived from the machine's snapshot for
// the side the player plays: the transcript in words (call-transcript.ts),
// the meters (call-meters.ts), the clock, the table (call-table.ts), and what
// may be done now (available-moves.ts, asked of the machine with can()).
// Pure: the store calls it on every snapshot; the scenes only read its result.
import type { Scenario } from '../scenario/schema.ts';
import type { CallPhase } from '../negotiation/call-machine.ts';
import type { CallSnapshot } from '../negotiation/replay.ts';
import { newGame } from '../negotiation/moves/index.ts';
import { playerView, type PlayerView } from '../negotiation/player-view.ts';
import type { CallResult, SideId } from '../negotiation/types.ts';
import type { Catalogue } from '../messages/i18n.ts';
import { moodOf, type Mood } from './mood.ts';
import { availableMoves, NOTHING_AVAILABLE, type Available } from './available-moves.ts';
import { callTable, type TableRow } from './call-table.ts';
import { callTranscript, type TranscriptLine } from './call-transcript.ts';
import { meterViews, tensionOf, type MeterView } from './call-meters.ts';

export type { TableRow } from './call-table.ts';
export { canPropose, draftMove, draftWorth, type DraftWorth } from './call-draft.ts';

export interface CallView {
  phase: CallPhase;
  side: SideId;
  view: PlayerView;
  /** The transcript in words, in order; meter entries carry a note for each meter that moved. */
  transcript: TranscriptLine[];
  meters: MeterView[];
  clock: { elapsed: number; total: number };
  turn: SideId;
  myTurn: boolean;
  table: TableRow[];
  available: Available;
  /** The evidence this side holds, in the scenario's order (what it may present now is in `available`). */
  evidence: { id: string; label: string }[];
  result: CallResult | null;
  /** 0–1: how close the meters are to the limits that break the call (the tension music follows it). */
  tension: number;
  /** How each leader looks, from what both sides see (src/store/mood.ts). */
  moods: { me: Mood; them: Mood };
}

export function callView(
  scenario: Scenario,
  snapshot: CallSnapshot,
  side: SideId,
  catalogue: Catalogue,
): CallView {
  const game = snapshot.context.game;
  const view = playerView(scenario, game, side);
  const phase = (typeof snapshot.value === 'string' ? snapshot.value : 'turns') as CallPhase;
  const myTurn =
    phase === 'turns' && game.turn === side && game.settings.controllers[side] === 'human';
  const tension = tensionOf(scenario, game.meters);
  return {
    phase,
    side,
    view,
    transcript: callTranscript(scenario, game, side, catalogue),
    meters: meterViews(scenario, game.meters),
    clock: { elapsed: game.clock, total: scenario.callMinutes * 60 },
    turn: game.turn,
    myTurn,
    table: callTable(scenario, game, view, catalogue),
    available: availableMoves(scenario, snapshot, side, myTurn, catalogue),
    evidence: scenario.evidence
      .filter((e) => e.side === side)
      .map(({ id, label }) => ({ id, label })),
    result: game.result,
    tension,
    moods: {
      me: moodOf(game.transcript, side, tension),
      them: moodOf(game.transcript, view.them.id, tension),
    },
  };
}

/**
 * A hot seat's handover: the call with no side's private part (nobody's brief,
 * values, walk-away, red lines, evidence or moves), kept so the transcript
 * goes on where it was; the screen shows none of it.
 */
export function handoverView(call: CallView): CallView {
  const {
    brief: _b,
    goals: _g,
    walkAway: _w,
    walkAwayText: _t,
    redLines: _r,
    ...face
  } = call.view.me;
  const me = { ...face, brief: '', goals: [], walkAway: 0, redLines: [] };
  return {
    ...call,
    view: { ...call.view, me: { ...me, values: {}, weights: {}, deferredValues: {} } },
    myTurn: false,
    table: call.table.map((row) => ({
      ...row,
      options: row.options.map((o) => ({ ...o, redLine: o.redLine === 'mine' ? null : o.redLine })),
    })),
    available: NOTHING_AVAILABLE,
    evidence: [],
  };
}

/** What the briefing shows a side before the call: its player view of a call not yet begun. */
export function briefingView(scenario: Scenario, side: SideId): PlayerView {
  return playerView(
    scenario,
    newGame(scenario, { seed: 0, difficulty: 'normal', controllers: {} }),
    side,
  );
}
