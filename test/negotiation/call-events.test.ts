// The format's newer parts in play: scenario events during the call (at a
// minute, or when a meter passes a value: a third voice and meter changes, once
// each, in the transcript as their own entries, identical on replay), endings
// on how many issues were agreed whatever ended the call, and a file without
// follow-up talks, where nothing can be deferred by anyone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenario } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import {
  applyMove,
  fixedMoves,
  checkMove,
  newGame,
  openCall,
} from '../../src/negotiation/moves/index.ts';
import { legalMoves } from '../../src/negotiation/legal-moves.ts';
import { playToEnd, replay } from '../../src/negotiation/replay.ts';
import { narrate } from '../../src/negotiation/narrate.ts';
import { DEFERRED, type GameState, type Move } from '../../src/negotiation/types.ts';
import { repoPath, settings, tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';
import { es } from '../../src/messages/es.ts';
import { endingView } from '../../src/store/ending-view.ts';
import { playRandom } from './random-games.ts';

const TINY = readFileSync(repoPath('test/fixtures/valid/tiny.yaml'), 'utf8');

function tinyWith(change: (doc: Record<string, unknown>) => void): Scenario {
  const doc = parse(TINY) as Record<string, unknown>;
  change(doc);
  const r = loadScenario('changed.yaml', stringify(doc), en);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.scenario;
}

const withEvents = () =>
  tinyWith((doc) => {
    doc.events = [
      {
        id: 'aide',
        at: 1,
        speaker: 'An aide',
        line: 'A note: {minutesLeft} minutes left.',
        effects: { trust: 10 },
      },
      {
        id: 'radio',
        when: { meter: 'pressure', above: 40 },
        speaker: 'News flash',
        line: 'The radio says the neighbours are shouting.',
        effects: { pressure: 5, trust: -5 },
      },
    ];
  });

const humans = (s: Scenario) => settings(s, { controllers: { north: 'human', south: 'human' } });

function play(s: Scenario, moves: [string, Move][]): GameState {
  let g = openCall(s, newGame(s, humans(s)));
  for (const [side, move] of moves) {
    expect(checkMove(s, g, side, move)).toBeNull();
    g = applyMove(s, g, side, move);
  }
  return g;
}

const firm: Move = { kind: 'statement', tone: 'firm' };
const threat: Move = { kind: 'statement', tone: 'threatening' };

describe('events during the call', () => {
  it('at a minute: a third voice speaks once, after the move that reaches the minute, and the meters move', () => {
    const s = withEvents();
    // Each firm statement takes 20 s: the third brings the clock to 1:00.
    const before = play(s, [
      ['north', firm],
      ['south', firm],
    ]);
    expect(before.transcript.some((e) => e.kind === 'event')).toBe(false);
    const after = play(s, [
      ['north', firm],
      ['south', firm],
      ['north', firm],
      ['south', firm],
      ['north', firm],
    ]);
    const events = after.transcript.filter((e) => e.kind === 'event');
    expect(events).toEqual([{ kind: 'event', clock: 60, event: 'aide' }]);
    // Its effect is in the transcript with the event as the cause, and the meter shows it.
    const i = after.transcript.findIndex((e) => e.kind === 'event');
    const changes = after.transcript[i + 1];
    expect(changes).toEqual({
      kind: 'meters',
      clock: 60,
      changes: [{ meter: 'trust', delta: 10, cause: { kind: 'event', id: 'aide' } }],
    });
    expect(after.meters.trust).toBe(60);
    const line = narrate(s, events[0] ?? { kind: 'event', clock: 0, event: '' }, en);
    expect(line).toEqual({ kind: 'event', speaker: 'An aide', text: 'A note: 4 minutes left.' });
    expect(narrate(s, changes ?? { kind: 'meters', clock: 0, changes: [] }, en).text).toContain(
      'An aide',
    );
  });

  it('when a meter passes a value: once, though the meter stays past it', () => {
    const s = withEvents();
    // Pressure starts at 20; a threat adds 30.
    const g = play(s, [
      ['north', threat],
      ['south', { kind: 'statement', tone: 'respectful' }],
      ['north', { kind: 'statement', tone: 'respectful' }],
      ['south', threat],
    ]);
    const fired = g.transcript.flatMap((e) => (e.kind === 'event' ? [e.event] : []));
    expect(fired.filter((id) => id === 'radio')).toEqual(['radio']);
    expect(fired[0]).toBe('radio');
    expect(g.meters.pressure).toBeGreaterThan(40);
  });

  it('replays identically, and a scenario without events plays exactly as before', () => {
    const s = withEvents();
    for (let seed = 1; seed <= 4; seed++) {
      const { record, game } = playToEnd(s, settings(s, { seed }));
      expect(replay(s, record).context.game).toEqual(game);
    }
    // The same games on the file without events: the same moves and words, no event entries.
    const plain = tiny();
    for (let seed = 1; seed <= 4; seed++) {
      const game = playRandom(plain, settings(plain, { seed }, 'north'), [3, 1, 4, 1, 5, 9]).final
        .context.game;
      expect(game.transcript.some((e) => e.kind === 'event')).toBe(false);
    }
  });

  it('is listed on the ending screen with its minute, in the player’s language', () => {
    const s = withEvents();
    const g = play(s, [
      ['north', firm],
      ['south', firm],
      ['north', firm],
      ['south', { kind: 'endCall' }],
    ]);
    expect(endingView(s, g, 'north', null, en)?.events).toEqual([
      'Minute 1 — An aide: A note: 4 minutes left.',
    ]);
    expect(endingView(s, g, 'north', null, es)?.events).toEqual([
      'Minuto 1 — An aide: A note: 4 minutes left.',
    ]);
  });

  it('never fires after a hang-up', () => {
    const s = tinyWith((doc) => {
      doc.events = [{ id: 'late', at: 0, speaker: 'An aide', line: 'Too late.' }];
    });
    const g = play(s, [['north', { kind: 'endCall' }]]);
    expect(g.transcript.some((e) => e.kind === 'event')).toBe(false);
  });
});

describe('endings on how many issues were agreed', () => {
  const s = tinyWith((doc) => {
    const endings = doc.endings as Record<string, unknown>[];
    endings.splice(2, 0, {
      id: 'partial',
      title: 'Part of a deal',
      when: { agreed: { atLeast: 1 } },
      summary: 'One issue was agreed.',
    });
  });

  it('reaches the partial ending when the call is hung up with one issue agreed', () => {
    const g = play(s, [
      ['north', { kind: 'propose', terms: { fence: 'mid' } }],
      ['south', { kind: 'accept' }],
      ['north', { kind: 'endCall' }],
    ]);
    expect(g.result).toEqual({ reason: 'hang-up', by: 'north', ending: 'partial' });
  });

  it('and when time runs out with one issue agreed; with none, the fallback', () => {
    const moves: [string, Move][] = [
      ['north', { kind: 'propose', terms: { fence: 'mid' } }],
      ['south', { kind: 'accept' }],
    ];
    for (let i = 0; i < 30; i++) moves.push([i % 2 === 0 ? 'north' : 'south', firm]);
    let g = openCall(s, newGame(s, humans(s)));
    for (const [side, move] of moves) if (!g.result) g = applyMove(s, g, side, move);
    expect(g.result?.reason === 'time' || g.result?.reason === 'threshold').toBe(true);
    if (g.result?.reason === 'time') expect(g.result.ending).toBe('partial');
    const none = play(s, [['north', { kind: 'endCall' }]]);
    expect(none.result?.ending).toBe('nothing');
  });
});

describe('a scenario without follow-up talks', () => {
  const s = tinyWith((doc) => {
    delete doc.followUpTalks;
    delete (doc.moves as Record<string, unknown>).defer;
    for (const issue of doc.issues as Record<string, unknown>[]) delete issue.deferred;
    delete (doc.dialogue as Record<string, unknown>).defer;
  });

  it('offers no deferral to anyone: not in the legal moves, not in a proposal', () => {
    const g = openCall(s, newGame(s, humans(s)));
    const legal = legalMoves(s, g, 'north');
    expect(legal.fixed.some((m) => m.kind === 'defer')).toBe(false);
    expect(legal.propose?.every((c) => !c.choices.includes(DEFERRED))).toBe(true);
    expect(fixedMoves(s, g, 'north').some((m) => m.kind === 'defer')).toBe(false);
    expect(checkMove(s, g, 'north', { kind: 'defer', issue: 'tree' })).toBe('no-follow-up-talks');
    expect(checkMove(s, g, 'north', { kind: 'propose', terms: { tree: DEFERRED } })).toBe(
      'no-follow-up-talks',
    );
  });

  it('the computer never defers nor proposes a deferral', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const { game } = playToEnd(s, settings(s, { seed }));
      for (const l of game.log) {
        expect(l.move.kind).not.toBe('defer');
        if (l.move.kind === 'propose') expect(Object.values(l.move.terms)).not.toContain(DEFERRED);
      }
      expect(Object.values(game.settled)).not.toContain(DEFERRED);
    }
  });
});
