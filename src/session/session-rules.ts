// Plain functions the session machine's guards and actions call: what the
// call would get for a session event, who controls each side after a change
// of side, when the turn passes to the other player of a hot seat, and which
// events of a record a call still accepts (a record made on an earlier version
// of a scenario file may hold some its edited rules refuse: they are dropped).
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import type { CallEvent, CallMachine } from '../negotiation/call-machine.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import type { Controller, GameSettings, SideId } from '../negotiation/types.ts';
import { otherSide } from '../negotiation/utility.ts';
import type { SessionContext, SessionEvent } from './session-types.ts';

export type CallSnapshot = SnapshotFrom<CallMachine>;
type Change = Partial<SessionContext>;

/** The event the call machine would get for a session event, or null for one it does not take. */
export function callEventOf(context: SessionContext, event: SessionEvent): CallEvent | null {
  if (event.type === 'move') return { type: 'move', side: context.viewer, move: event.move };
  if (event.type === 'answer' || event.type === 'proceed') return { type: event.type };
  return null;
}

export function callAccepts(context: SessionContext, event: SessionEvent): boolean {
  const forwarded = callEventOf(context, event);
  return forwarded !== null && context.call !== null && context.call.can(forwarded);
}

/** Whether the turn has passed to another human on this computer (hot seat). */
export function turnPassedToOtherHuman(context: SessionContext): boolean {
  const game = context.call?.context.game;
  return (
    context.call?.value === 'turns' &&
    game !== undefined &&
    game.result === null &&
    game.turn !== context.viewer &&
    context.players[game.turn] === 'human'
  );
}

/** Hot seat: the other player has not read their briefing for this game yet. */
export function otherNotBriefed(scenario: Scenario, context: SessionContext): boolean {
  return (
    Object.values(context.players).every((c) => c === 'human') &&
    !context.briefed.includes(otherSide(scenario, context.viewer))
  );
}

/** The side a record was played from (its human side), when the scenario has it. */
export function recordSide(scenario: Scenario, record: GameRecord): SideId | null {
  if (record.scenario !== scenario.id) return null;
  const side = Object.entries(record.settings.controllers).find(([, c]) => c === 'human')?.[0];
  return side !== undefined && scenario.sides.some((s) => s.id === side) ? side : null;
}

/**
 * The controllers once `side` is the player's: with one player against the
 * computer, the player moves to `side` and the computer to the other; two
 * humans (hot seat) stay two humans.
 */
export function controllersFor(
  scenario: Scenario,
  side: SideId,
  players: Record<SideId, Controller>,
): Record<SideId, Controller> {
  const other = otherSide(scenario, side);
  const humans = Object.values(players).filter((c) => c === 'human').length;
  if (humans !== 1) return { ...players };
  const machine = Object.values(players).find((c) => c !== 'human') ?? 'computer';
  return { [side]: 'human', [other]: machine };
}

export function withPlayers(scenario: Scenario, context: SessionContext, players: 1 | 2): Change {
  const other = otherSide(scenario, context.viewer);
  return { players: { [context.viewer]: 'human', [other]: players === 2 ? 'human' : 'computer' } };
}

export function switchedSides(scenario: Scenario, context: SessionContext): Change {
  const viewer = otherSide(scenario, context.viewer);
  return { viewer, players: controllersFor(scenario, viewer, context.players), handover: null };
}

export function handedOverBriefing(scenario: Scenario, context: SessionContext): Change {
  const other = otherSide(scenario, context.viewer);
  return { briefed: [...context.briefed, other], handover: { to: other, next: 'briefing' } };
}

export function newGame(context: SessionContext): Change {
  const settings: GameSettings = {
    seed: context.seed ?? context.newSeed(),
    difficulty: context.difficulty,
    controllers: { ...context.players },
  };
  return { settings, events: [], call: null, replaying: [], handover: null };
}

/** A record to replay: its settings, and the events its call still accepts, to send at once. */
export function loadedRecord(
  scenario: Scenario,
  machine: CallMachine,
  context: SessionContext,
  record: GameRecord,
): Change {
  const { settings } = record;
  return {
    viewer: recordSide(scenario, record) ?? context.viewer,
    players: { ...settings.controllers },
    difficulty: settings.difficulty,
    settings,
    events: [],
    call: null,
    handover: null,
    briefed: scenario.sides.map((s) => s.id),
    replaying: acceptedEvents(machine, settings, record.events),
  };
}

/** The events of a record that the call accepts, in order (the others are dropped). */
function acceptedEvents(
  machine: CallMachine,
  settings: GameSettings,
  events: readonly CallEvent[],
): CallEvent[] {
  let [snapshot] = initialTransition(machine, { settings });
  const kept: CallEvent[] = [];
  for (const event of events) {
    if (!snapshot.can(event)) continue;
    kept.push(event);
    [snapshot] = transition(machine, snapshot, event);
  }
  return kept;
}
