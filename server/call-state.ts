// A call as the server holds it, apart from any room: its stored record read
// back into a running call machine (the stored events were accepted once, and
// the deterministic machine accepts them again), its results once it has
// ended, and its public summary for the teacher's dashboard. The call room
// plays calls with these; the class room reads them when it resumes.
import { ServerError } from '@colyseus/core';
import { createActor, type Actor } from 'xstate';
import {
  createCallMachine,
  type CallEvent,
  type CallMachine,
} from '../src/negotiation/call-machine.ts';
import { decodeEvents, makeResult, resultLinkParam } from '../src/negotiation/result.ts';
import { scenarioHash } from '../src/scenario/hash.ts';
import { callSeconds } from '../src/negotiation/moves/index.ts';
import type { Scenario } from '../src/scenario/schema.ts';
import type { CallEnd, CallPhase, CallSummary } from '../src/net/protocol.ts';
import type { ServerDeps } from './deps.ts';
import type { StoredCall } from './records.ts';
import { en } from '../src/messages/en.ts';

const machines = new WeakMap<Scenario, CallMachine>();
const machineOf = (scenario: Scenario): CallMachine => {
  let machine = machines.get(scenario);
  if (!machine) machines.set(scenario, (machine = createCallMachine(scenario)));
  return machine;
};

export interface LiveCall {
  call: StoredCall;
  scenario: Scenario;
  actor: Actor<CallMachine>;
  /** Every accepted event so far, in order: the call's record. */
  events: CallEvent[];
}

/** The stored call `id`, its machine started and its stored events replayed; a ServerError when it cannot be. */
export async function restoreCall(deps: ServerDeps, id: string): Promise<LiveCall> {
  const stored = await deps.store.getCall(id);
  if (!stored) throw new ServerError(404, 'no such call');
  const scenario = deps.shelf.get(stored.call.scenario, stored.call.language);
  if (!scenario || scenarioHash(scenario) !== stored.call.hash)
    throw new ServerError(409, 'the call was stored for another version of its scenario');
  const decoded = decodeEvents(scenario, stored.moves.join('.'), en);
  if (!decoded.ok) throw new ServerError(500, decoded.message);
  const actor = createActor(machineOf(scenario), { input: { settings: stored.call.settings } });
  actor.start();
  for (const event of decoded.events) actor.send(event);
  return { call: stored.call, scenario, actor, events: decoded.events };
}

export const phaseOf = (live: LiveCall): CallPhase => live.actor.getSnapshot().value as CallPhase;

/** Each human side's result, once the call has ended (none before). */
export function callResults(live: LiveCall): CallEnd[] {
  if (phaseOf(live) !== 'ended') return [];
  const record = {
    scenario: live.scenario.id,
    settings: live.call.settings,
    events: [...live.events],
  };
  return Object.entries(live.call.seats).map(([side, seat]) => {
    const result = makeResult(live.scenario, record, side, seat.name, en);
    return { result, link: resultLinkParam(result, live.scenario) };
  });
}

/** The call's public facts for the dashboard: players, clock, meters, moves, ending and results. */
export function callSummary(live: LiveCall, ends: readonly CallEnd[]): CallSummary {
  const { scenario, call } = live;
  const game = live.actor.getSnapshot().context.game;
  const ending = game.result?.ending ?? null;
  return {
    callId: call.id,
    players: Object.fromEntries(scenario.sides.map((s) => [s.id, call.seats[s.id]?.name ?? null])),
    phase: phaseOf(live),
    clock: game.clock,
    seconds: callSeconds(scenario),
    meters: { ...game.meters },
    moves: game.log.map((m) => ({ side: m.side, kind: m.move.kind, clock: m.clock })),
    ending,
    endingTitle: scenario.endings.find((e) => e.id === ending)?.title ?? null,
    results: ends.map((r) => r.result),
    links: Object.fromEntries(ends.map((r) => [r.result.side, r.link])),
  };
}
