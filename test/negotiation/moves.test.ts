import { describe, expect, it } from 'vitest';
import {
  applyMove,
  fixedMoves,
  isLegal,
  checkMove,
  newGame,
  openCall,
} from '../../src/negotiation/moves/index.ts';
import {
  MOVE_PROBLEMS,
  problemKey,
  type MoveProblem,
} from '../../src/negotiation/moves/problems.ts';
import { en } from '../../src/messages/en.ts';
import { es } from '../../src/messages/es.ts';
import { renderUtterance } from '../../src/negotiation/dialogue.ts';
import type { GameState, Move, Utterance } from '../../src/negotiation/types.ts';
import { settings, tiny } from '../helpers.ts';

const s = tiny();
const start = (): GameState => openCall(s, newGame(s, settings(s, {}, 'north')));
const play = (state: GameState, ...moves: [string, Move][]) =>
  moves.reduce((g, [side, m]) => {
    expect(checkMove(s, g, side, m)).toBeNull();
    return applyMove(s, g, side, m);
  }, state);
const lines = (g: GameState) =>
  g.transcript
    .filter((e): e is Utterance => e.kind === 'line')
    .map((u) => renderUtterance(s, u, en).text);

describe('moves', () => {
  it("open with both greetings, the first speaker's last", () => {
    expect(lines(start())).toEqual(['Hi Ana.', 'Hello Bo.']);
  });

  it('alternate turns and cost call time', () => {
    const g = play(start(), ['north', { kind: 'statement', tone: 'firm' }]);
    expect(g.turn).toBe('south');
    expect(g.clock).toBe(20);
    expect(isLegal(s, g, 'north', { kind: 'statement', tone: 'firm' })).toBe(false);
  });

  it("apply a move's effects and the clock's drift to the meters", () => {
    const g = play(start(), ['north', { kind: 'statement', tone: 'threatening' }]);
    expect(g.meters.pressure).toBeCloseTo(20 + 30 + (2 * 20) / 60, 1);
    expect(g.meters.trust).toBe(40);
    const changes = g.transcript.find((e) => e.kind === 'meters');
    expect(changes?.kind === 'meters' && changes.changes.map((c) => c.cause.kind)).toEqual([
      'move',
      'move',
      'clock',
    ]);
  });

  it('let a proposal be accepted, settling its issues with their effects', () => {
    const g = play(
      start(),
      ['north', { kind: 'propose', terms: { fence: 'high' } }],
      ['south', { kind: 'accept' }],
    );
    expect(g.settled).toEqual({ fence: 'high' });
    expect(g.standing).toBeNull();
    // accept +5 trust, the high fence -10 trust
    expect(g.meters.trust).toBe(45);
  });

  it('never let a side accept its own proposal, or one that is not there', () => {
    const g = play(start(), ['north', { kind: 'propose', terms: { fence: 'high' } }]);
    expect(checkMove(s, start(), 'north', { kind: 'accept' })).toBe('no-proposal-to-answer');
    expect(isLegal(s, { ...g, turn: 'north' }, 'north', { kind: 'accept' })).toBe(false);
  });

  it("refuse proposals across the proposer's own red line, or on settled issues", () => {
    expect(checkMove(s, start(), 'north', { kind: 'propose', terms: { tree: 'cut' } })).toBe(
      'crosses-own-red-line',
    );
    const g = play(
      start(),
      ['north', { kind: 'propose', terms: { fence: 'mid' } }],
      ['south', { kind: 'accept' }],
    );
    expect(checkMove(s, g, 'north', { kind: 'propose', terms: { fence: 'low' } })).toBe(
      'already-settled',
    );
  });

  it("refuse to accept across one's own red line", () => {
    const g = play(
      start(),
      ['north', { kind: 'statement', tone: 'firm' }],
      ['south', { kind: 'propose', terms: { tree: 'cut' } }],
    );
    expect(isLegal(s, g, 'north', { kind: 'accept' })).toBe(false);
    expect(isLegal(s, g, 'north', { kind: 'redLine', issue: 'tree', option: 'cut' })).toBe(true);
  });

  it('clear a proposal when its red line is invoked, and let each red line be voiced once', () => {
    let g = play(
      start(),
      ['north', { kind: 'statement', tone: 'firm' }],
      ['south', { kind: 'propose', terms: { tree: 'cut', fence: 'low' } }],
    );
    g = play(g, ['north', { kind: 'redLine', issue: 'tree', option: 'cut' }]);
    expect(g.standing).toBeNull();
    expect(lines(g).at(-1)).toBe('Cut it? Never.');
    expect(g.models.south?.redLines).toContainEqual({ issue: 'tree', option: 'cut' });
    g = play(g, ['south', { kind: 'statement', tone: 'firm' }]);
    expect(isLegal(s, g, 'north', { kind: 'redLine', issue: 'tree', option: 'cut' })).toBe(false);
  });

  it('let evidence be presented once, and have the other side acknowledge it', () => {
    const g = play(start(), ['north', { kind: 'evidence', id: 'survey' }]);
    expect(lines(g).slice(-2)).toEqual([
      'The survey says the fence is on our land.',
      'Interesting: the survey.',
    ]);
    expect(g.meters.trust).toBe(55);
    expect(isLegal(s, { ...g, turn: 'north' }, 'north', { kind: 'evidence', id: 'survey' })).toBe(
      false,
    );
    expect(isLegal(s, { ...g, turn: 'south' }, 'south', { kind: 'evidence', id: 'survey' })).toBe(
      false,
    );
  });

  it('make a deferral a proposal the other side accepts or not', () => {
    const g = play(
      start(),
      ['north', { kind: 'defer', issue: 'tree' }],
      ['south', { kind: 'accept' }],
    );
    expect(g.settled).toEqual({ tree: 'deferred' });
    expect(lines(g)).toContain('Leave the question of the tree to the spring meeting.');
  });

  it('answer a threat with the answer-to-a-threat lines', () => {
    const g = play(
      start(),
      ['north', { kind: 'statement', tone: 'threatening' }],
      ['south', { kind: 'statement', tone: 'firm' }],
    );
    expect(lines(g).at(-1)).toBe('Calm down.');
  });

  it('end the call when every issue is settled, with goodbyes and an ending', () => {
    const g = play(
      start(),
      ['north', { kind: 'propose', terms: { fence: 'mid', tree: 'trim' } }],
      ['south', { kind: 'accept' }],
    );
    expect(g.result).toEqual({ reason: 'agreement', ending: 'deal' });
    expect(lines(g).slice(-2).sort()).toEqual(['Bye.', 'Goodbye.']);
  });

  it('end the call when a side hangs up', () => {
    const g = play(start(), ['north', { kind: 'endCall' }]);
    expect(g.result).toEqual({ reason: 'hang-up', by: 'north', ending: 'nothing' });
    expect(fixedMoves(s, g, 'south')).toEqual([]);
  });

  it("end the call on a threshold with that threshold's ending", () => {
    const g = play(
      start(),
      ['north', { kind: 'statement', tone: 'threatening' }],
      ['south', { kind: 'statement', tone: 'threatening' }],
      ['north', { kind: 'statement', tone: 'threatening' }],
    );
    expect(g.result).toEqual({ reason: 'threshold', ending: 'breakdown' });
    expect(g.meters.pressure).toBe(100);
  });

  it('end the call when the clock runs out, never past its length', () => {
    let g = start();
    while (!g.result) g = applyMove(s, g, g.turn, { kind: 'statement', tone: 'respectful' });
    expect(g.result.reason).toBe('time');
    expect(g.clock).toBe(300);
  });

  it('list only the moves a side may make now', () => {
    const kinds = fixedMoves(s, start(), 'north').map((m) => m.kind);
    expect(kinds).not.toContain('accept');
    expect(kinds).toEqual(
      expect.arrayContaining(['statement', 'evidence', 'redLine', 'defer', 'endCall']),
    );
    expect(fixedMoves(s, start(), 'south')).toEqual([]);
  });
});

describe('move problem codes', () => {
  it('every code is worded in English and in Spanish', () => {
    for (const code of MOVE_PROBLEMS) {
      const key = problemKey(code);
      expect(en[key], code).toMatch(/\S/);
      expect(es[key], code).toMatch(/\S/);
      expect(es[key], code).not.toBe(en[key]);
    }
  });
});

describe('a refused move', () => {
  const firm: Move = { kind: 'statement', tone: 'firm' };
  const settledFence = () =>
    play(
      start(),
      ['north', { kind: 'propose', terms: { fence: 'mid' } }],
      ['south', { kind: 'accept' }],
    );
  const presented = () =>
    play(start(), ['north', { kind: 'evidence', id: 'survey' }], ['south', firm]);
  const said = () =>
    play(start(), ['north', { kind: 'redLine', issue: 'tree', option: 'cut' }], ['south', firm]);
  const noTalks: typeof s = { ...s, followUpTalks: undefined };
  const cases: [MoveProblem, () => MoveProblem | null][] = [
    [
      'call-over',
      () => checkMove(s, { ...start(), result: { reason: 'time', ending: '' } }, 'north', firm),
    ],
    ['not-your-turn', () => checkMove(s, start(), 'south', firm)],
    ['empty-proposal', () => checkMove(s, start(), 'north', { kind: 'propose', terms: {} })],
    [
      'unknown-issue',
      () => checkMove(s, start(), 'north', { kind: 'propose', terms: { gate: 'x' } }),
    ],
    ['unknown-issue', () => checkMove(s, start(), 'north', { kind: 'defer', issue: 'gate' })],
    [
      'already-settled',
      () => checkMove(s, settledFence(), 'north', { kind: 'propose', terms: { fence: 'low' } }),
    ],
    [
      'already-settled',
      () => checkMove(s, settledFence(), 'north', { kind: 'defer', issue: 'fence' }),
    ],
    [
      'unknown-option',
      () => checkMove(s, start(), 'north', { kind: 'propose', terms: { fence: 'moat' } }),
    ],
    [
      'no-follow-up-talks',
      () => checkMove(noTalks, start(), 'north', { kind: 'defer', issue: 'tree' }),
    ],
    [
      'crosses-own-red-line',
      () => checkMove(s, start(), 'north', { kind: 'propose', terms: { tree: 'cut' } }),
    ],
    ['no-proposal-to-answer', () => checkMove(s, start(), 'north', { kind: 'accept' })],
    ['no-proposal-to-answer', () => checkMove(s, start(), 'north', { kind: 'reject' })],
    ['no-such-evidence', () => checkMove(s, start(), 'north', { kind: 'evidence', id: 'map' })],
    [
      'no-such-evidence',
      () =>
        checkMove(s, { ...start(), turn: 'south' }, 'south', { kind: 'evidence', id: 'survey' }),
    ],
    ['evidence-used', () => checkMove(s, presented(), 'north', { kind: 'evidence', id: 'survey' })],
    [
      'not-your-red-line',
      () => checkMove(s, start(), 'north', { kind: 'redLine', issue: 'fence', option: 'low' }),
    ],
    [
      'red-line-said',
      () => checkMove(s, said(), 'north', { kind: 'redLine', issue: 'tree', option: 'cut' }),
    ],
  ];

  it.each(cases)('is refused as %s', (code, check) => {
    expect(check()).toBe(code);
  });

  it('has a case above for every problem code', () => {
    expect(new Set(cases.map(([code]) => code))).toEqual(new Set(MOVE_PROBLEMS));
  });
});
