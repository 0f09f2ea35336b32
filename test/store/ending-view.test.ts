import { describe, expect, it } from 'vitest';
import { endingView, scoreSentences } from '../../src/store/ending-view.ts';
import { applyMove, newGame, openCall } from '../../src/negotiation/moves/index.ts';
import type { Move, Terms } from '../../src/negotiation/types.ts';
import { en } from '../../src/messages/en.ts';
import { es } from '../../src/messages/es.ts';
import { loadOrThrow, settings, tiny } from '../helpers.ts';

describe('the ending view', () => {
  const s = tiny();
  const finished = () => {
    let g = openCall(s, newGame(s, settings(s, {}, 'north')));
    g = applyMove(s, g, 'north', { kind: 'propose', terms: { fence: 'mid', tree: 'trim' } });
    return applyMove(s, g, 'south', { kind: 'accept' });
  };

  it('is empty until the call is over', () => {
    expect(endingView(s, newGame(s, settings(s)), 'north', null, en)).toBeNull();
  });

  it('puts the player on the x axis: the deal, walk-away values and Nash point from their side', () => {
    const north = endingView(s, finished(), 'north', null, en);
    const south = endingView(s, finished(), 'south', null, en);
    expect(north?.title).toBe('A deal');
    expect(north?.made).toEqual([55, 60]);
    expect(south?.made).toEqual([60, 55]);
    expect(north?.walkAway).toEqual([40, 30]);
    expect(north?.nash?.point).toEqual([55, 60]);
    expect(north?.standing.paretoOptimal).toBe(true);
    expect(north?.frontier.map((p) => p[0])).toEqual(
      [...(north?.frontier.map((p) => p[0]) ?? [])].sort((a, b) => a - b),
    );
  });

  it('charts each meter over the call from its start', () => {
    const view = endingView(s, finished(), 'north', null, en);
    const pressure = view?.meterSeries.find((m) => m.id === 'pressure');
    expect(pressure?.points[0]).toEqual([0, 20]);
    expect(pressure?.points.length).toBe(3);
  });
});

describe('the ending as each player reads it', () => {
  // The untrue-endings fixture: tiny, with "deal" bad for north and good for south.
  const s = loadOrThrow('test/fixtures/valid/untrue-endings.yaml');
  const play = (humans: string[], moves: [string, Move][]) => {
    let g = openCall(
      s,
      newGame(s, {
        seed: 1,
        difficulty: 'normal',
        controllers: Object.fromEntries(
          s.sides.map((x) => [x.id, humans.includes(x.id) ? 'human' : 'computer']),
        ),
      }),
    );
    for (const [side, move] of moves) g = applyMove(s, g, side, move);
    return g;
  };
  const deal = (terms: Terms): [string, Move][] => [
    ['north', { kind: 'propose', terms }],
    ['south', { kind: 'accept' }],
  ];

  it("shows each side its own tone, and in the hot seat each player's own score", () => {
    const g = play(['north', 'south'], deal({ fence: 'mid', tree: 'trim' }));
    const north = endingView(s, g, 'north', null, en);
    const south = endingView(s, g, 'south', null, en);
    expect(north?.tone).toBe('bad');
    expect(south?.tone).toBe('good');
    expect(north?.seats.map((x) => [x.side, x.tone, x.score])).toEqual([
      ['north', 'bad', 55],
      ['south', 'good', 60],
    ]);
    expect(south?.seats[0]?.side).toBe('south');
    if (!north) throw new Error('no ending');
    expect(scoreSentences(north, 'Bo', en)).toContain('Ana: a bad ending, score 55 of 100');
    expect(scoreSentences(north, 'Bo', en)).toContain('Bo: a good ending, score 60 of 100');
  });

  it('shows "no deal" as the walk-away value, never as a deal worth something', () => {
    const g = play(['north'], [['north', { kind: 'endCall' }]]);
    const view = endingView(s, g, 'north', null, en);
    if (!view) throw new Error('no ending');
    expect(view.noDeal).toBe(true);
    expect(view.seats).toEqual([]);
    const text = scoreSentences(view, 'Bo', en);
    expect(text).toBe('Nothing was agreed: you keep your walk-away value, 40 (Bo: 30).');
    expect(text).not.toMatch(/Your deal is worth/);
    expect(scoreSentences(view, 'Bo', es)).toMatch(/^No se acordó nada: te quedas con tu valor/);
  });

  it('says plainly, in both languages, when a deal was worth less than no deal at all', () => {
    const g = play(['north'], deal({ fence: 'low', tree: 'trim' }));
    const view = endingView(s, g, 'north', null, en);
    if (!view) throw new Error('no ending');
    expect(view.belowWalkAway).toBe(true);
    expect(scoreSentences(view, 'Bo', en)).toContain(
      'Your deal was worth less to you than no deal at all: 30, below your walk-away value of 40.',
    );
    expect(scoreSentences(view, 'Bo', es)).toContain(
      'Tu acuerdo valió menos para ti que no acordar nada: 30, por debajo de tu valor sin acuerdo de 40.',
    );
    const fair = endingView(
      s,
      play(['north'], deal({ fence: 'mid', tree: 'trim' })),
      'north',
      null,
      en,
    );
    expect(fair?.belowWalkAway).toBe(false);
  });
});

describe('an ending that costs the player points', () => {
  it('names the cost and the score it leaves (the 2026 escalation costs Mexico 15)', () => {
    const s = loadOrThrow('scenarios/2026-01-12-sheinbaum-trump-call.yaml');
    let g = openCall(s, newGame(s, settings(s, {}, 'mexico')));
    while (!g.result) g = applyMove(s, g, g.turn, { kind: 'statement', tone: 'threatening' });
    const view = endingView(s, g, 'mexico', null, en);
    if (!view) throw new Error('no ending');
    expect(view.title).toBe('Escalation');
    expect(view.tone).toBe('bad');
    expect(view.consequence).toBe(-15);
    expect(view.score).toBe(30);
    expect(scoreSentences(view, 'Donald Trump', en)).toMatch(
      /This ending costs you 15 points\. Your score: 30 of 100 \(walk-away 45\)\.$/,
    );
  });
});
