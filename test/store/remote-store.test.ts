// The remote store (a student's game in a live class) shows what the local
// session shows for the same moves: a fake call room runs the call machine as
// the server does (answering, the greetings and the computer itself; each
// player hears only their own view: whole, then steps), and the same moves are
// played through both stores' actions. The remote store's state never holds
// the other side's private part, and a move the room has not accepted changes
// nothing.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCallMachine, type CallEvent } from '../../src/negotiation/call-machine.ts';
import { playerView } from '../../src/negotiation/player-view.ts';
import { legalMoves } from '../../src/negotiation/legal-moves.ts';
import { narrate } from '../../src/negotiation/narrate.ts';
import { makeResult, resultLinkParam } from '../../src/negotiation/result.ts';
import type { GameSettings, Move } from '../../src/negotiation/types.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { scenarioHash } from '../../src/scenario/hash.ts';
import { en } from '../../src/messages/en.ts';
import type { CallPhase, CallUpdate } from '../../src/net/protocol.ts';
import { gameStep, marksOf } from '../../src/net/call-steps.ts';
import { createGameStore, type StoreState } from '../../src/store/game-store.ts';
import { privateGame } from '../../src/store/private-game.ts';
import {
  createRemoteStore,
  remoteScenario,
  type RemoteCall,
} from '../../src/store/remote-store.ts';
import { manualScheduler, tiny } from '../helpers.ts';

const SEED = 424_242;

/** A call room as the server runs one, for one human side (the other the computer). */
function fakeRoom(scenario: Scenario, settings: GameSettings, side: string) {
  const actor = createActor(createCallMachine(scenario), { input: { settings } });
  actor.start();
  const events: CallEvent[] = [];
  const sent: Move[] = [];
  const game = () => actor.getSnapshot().context.game;
  const phase = () => actor.getSnapshot().value as CallPhase;
  const lines = () => game().transcript.map((e) => narrate(scenario, e, en));
  const whole = (): CallUpdate => ({
    callId: 'c1',
    scenario: { id: scenario.id, language: 'en', hash: scenarioHash(scenario) },
    phase: phase(),
    view: playerView(scenario, game(), side),
    legal: legalMoves(scenario, game(), side),
    lines: lines(),
    events: events.length,
  });
  let player: RemoteCall | undefined;
  let marks = marksOf(game(), 0);
  const commit = (event: CallEvent) => {
    actor.send(event);
    events.push(event);
    const step = gameStep(playerView(scenario, game(), side).game, marks);
    const view = playerView(scenario, game(), side);
    const news = lines().slice(marks.lines);
    marks = marksOf(game(), lines().length);
    player?.step({
      phase: phase(),
      events: events.length,
      legal: legalMoves(scenario, game(), side),
      game: step,
      knownRedLines: view.them.knownRedLines,
      lines: news,
    });
  };
  const advance = () => {
    for (;;) {
      const s = actor.getSnapshot();
      if (s.value === 'ringing') commit({ type: 'answer' });
      else if (s.value === 'opening' || s.value === 'closing') commit({ type: 'proceed' });
      else if (s.value === 'turns' && s.can({ type: 'computerMove' }))
        commit({ type: 'computerMove' });
      else break;
    }
    if (phase() === 'ended' && player) {
      const record = { scenario: scenario.id, settings, events: [...events] };
      const result = makeResult(scenario, record, side, 'Ana', en);
      player.end({ result, link: resultLinkParam(result, scenario) });
    }
  };
  return {
    sent,
    whole,
    join(p: RemoteCall) {
      player = p;
      p.view(whole());
      advance();
    },
    /** The room takes the moves sent so far, as its guards allow. */
    deliver() {
      for (const move of sent.splice(0)) {
        const event: CallEvent = { type: 'move', side, move };
        if (actor.getSnapshot().can(event)) commit(event);
      }
      advance();
    },
  };
}

/** The next move, chosen from what the screen shows (the same for both stores when they agree). */
function choose(s: StoreState, turn: number): (a: StoreState['actions']) => void {
  const call = s.call;
  if (!call) throw new Error('no call');
  if (call.available.accept && turn > 4) return (a) => a.accept();
  if (turn % 3 === 1)
    return (a) => {
      const row = call.table.find((r) => !r.settled);
      const option = row?.options[turn % 2];
      if (row && option) a.setDraft(row.issue, option.id);
      a.proposeDraft();
    };
  if (turn > 14) return (a) => a.endCall();
  return (a) => a.speak(turn % 2 ? 'firm' : 'respectful');
}

function localStore(scenario: Scenario) {
  const clock = manualScheduler();
  const store = createGameStore({
    scenarios: [{ file: 'tiny.yaml', title: scenario.title, scenario }],
    scheduler: clock.scheduler,
    seed: SEED,
  });
  const a = store.getState().actions;
  a.selectSide('north');
  a.openBriefing();
  a.startCall();
  /** Answers, greets and lets the computer move until the player's turn or the ending. */
  const settle = () => {
    for (let i = 0; i < 50; i++) {
      const s = store.getState();
      if (s.screen === 'ending' || s.call?.myTurn) return;
      if (s.call?.phase === 'ringing') a.answer();
      else if (s.call?.phase === 'opening' || s.call?.phase === 'closing') a.proceed();
      else clock.flush();
    }
  };
  settle();
  return { store, settle };
}

/** The private things of `side` as texts: a copy of any in the state is a leak. */
const secretTexts = (scenario: Scenario, side: string) => {
  const s = scenario.sides.find((x) => x.id === side);
  return s ? [s.brief, ...s.goals, ...(s.walkAwayText ? [s.walkAwayText] : [])] : [];
};

function withoutActions(s: StoreState): string {
  const { actions: _a, catalogue: _c, ...rest } = s;
  return JSON.stringify(rest);
}

describe('the remote store (a live-class call in the game’s own scenes)', () => {
  it('projects the same call, draft and debrief as the local session for the same moves, and no secret of the other side', () => {
    const scenario = tiny();
    scenario.sides.forEach((side) => (side.brief = `«brief of ${side.id}»`));
    const local = localStore(scenario);
    const settings = privateGame(local.store).record()?.settings;
    if (!settings) throw new Error('no local game');
    const room = fakeRoom(scenario, settings, 'north');
    const found = remoteScenario(
      [{ file: 'tiny.yaml', title: '', scenario }],
      room.whole().scenario,
    );
    expect(found).toBe(scenario);
    const remote = createRemoteStore({
      scenario,
      language: 'en',
      send: (m) => room.sent.push(m),
    });
    const secrets = secretTexts(scenario, 'south');
    const seen: string[] = [];
    remote.store.subscribe((s) => {
      if (s.ending) return; // The debrief reveals both sides after the call.
      const text = withoutActions(s);
      seen.push(
        ...secrets.filter((t) => text.includes(t)),
        ...(text.includes(String(SEED)) ? ['seed'] : []),
      );
    });
    room.join(remote);
    let turns = 0;
    while (local.store.getState().screen !== 'ending') {
      const [l, r] = [local.store.getState(), remote.store.getState()];
      expect(r.screen).toBe('call');
      expect(r.call).toEqual(l.call);
      expect(r.draftWorth).toEqual(l.draftWorth);
      const move = choose(l, ++turns);
      move(l.actions);
      move(r.actions);
      // Nothing changes on the player's screen before the room has taken the move.
      expect(remote.store.getState().call).toBe(r.call);
      room.deliver();
      local.settle();
      // Reconnecting: the whole view the room sends again is the view the steps built.
      const built = remote.store.getState().call;
      if (turns === 2) remote.view(room.whole());
      expect(remote.store.getState().call).toEqual(built);
      expect(turns).toBeLessThan(40);
    }
    const [l, r] = [local.store.getState(), remote.store.getState()];
    expect(r.screen).toBe('ending');
    expect(r.ending).toEqual(l.ending);
    expect(r.call?.result).toEqual(l.call?.result);
    expect(r.actions.resultFor('Ana')?.text).toContain('"student": "Ana"');
    expect(turns).toBeGreaterThan(3);
    expect(seen).toEqual([]);
    expect(secrets.length).toBeGreaterThan(0);
  });

  it('refuses what the server does not list, and a scenario of another version', () => {
    const scenario = tiny();
    const sent: Move[] = [];
    const remote = createRemoteStore({ scenario, language: 'en', send: (m) => sent.push(m) });
    expect(remote.store.getState().actions.canPropose({ x: 'y' })).toBe(false);
    remote.store.getState().actions.proposeDraft();
    expect(sent).toEqual([]);
    const wanted = { id: scenario.id, language: 'en' as const, hash: 'another' };
    expect(remoteScenario([{ file: 'tiny.yaml', title: '', scenario }], wanted)).toBeNull();
  });
});
