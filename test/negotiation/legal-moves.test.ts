// legalMoves lists exactly what the machine accepts: every fixed move it lists
// is legal, every legal fixed move is listed, and any proposal built from its
// per-issue choices is legal, while an option it leaves out is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalMoves } from '../../src/negotiation/legal-moves.ts';
import { checkMove } from '../../src/negotiation/moves/index.ts';
import { playToEnd } from '../../src/negotiation/replay.ts';
import type { GameState, Move, SideId } from '../../src/negotiation/types.ts';
import { TONES, type Scenario } from '../../src/scenario/schema.ts';
import { DEFAULT_SCENARIO, loadOrThrow, tiny } from '../helpers.ts';
import { humanMove, picksArb, settingsArb } from './random-games.ts';

/** Every fixed move anyone could try, legal or not, built from the scenario alone. */
function everyFixedMove(s: Scenario): Move[] {
  return [
    { kind: 'accept' },
    { kind: 'reject' },
    ...TONES.map((tone): Move => ({ kind: 'statement', tone })),
    ...s.evidence.map((e): Move => ({ kind: 'evidence', id: e.id })),
    ...s.sides.flatMap((x) =>
      x.redLines.map((r): Move => ({ kind: 'redLine', issue: r.issue, option: r.option })),
    ),
    ...s.issues.map((i): Move => ({ kind: 'defer', issue: i.id })),
    { kind: 'endCall' },
  ];
}

function checkState(s: Scenario, game: GameState, side: SideId, pick: () => number): void {
  const legal = legalMoves(s, game, side);
  for (const m of legal.fixed) expect(checkMove(s, game, side, m)).toBeNull();
  const listed = new Set(legal.fixed.map((m) => JSON.stringify(m)));
  for (const m of everyFixedMove(s))
    if (checkMove(s, game, side, m) === null) expect(listed).toContain(JSON.stringify(m));
  if (!legal.propose) {
    expect(['call-over', 'not-your-turn']).toContain(
      checkMove(s, game, side, { kind: 'propose', terms: { x: 'y' } }),
    );
    return;
  }
  // A proposal from a random non-empty subset of the open issues, one listed choice each.
  const terms: Record<string, string> = {};
  for (const { issue, choices } of legal.propose)
    if (pick() % 2 === 0) terms[issue] = choices[pick() % choices.length] ?? 'deferred';
  const first = legal.propose[0];
  if (Object.keys(terms).length === 0 && first) terms[first.issue] = first.choices[0] ?? '';
  expect(checkMove(s, game, side, { kind: 'propose', terms })).toBeNull();
  // An option left out of an issue's choices is refused.
  for (const { issue, choices } of legal.propose) {
    const left = s.issues
      .find((i) => i.id === issue)
      ?.options.filter((o) => !choices.includes(o.id));
    for (const o of left ?? [])
      expect(checkMove(s, game, side, { kind: 'propose', terms: { [issue]: o.id } })).toBe(
        'crosses-own-red-line',
      );
  }
}

describe('legalMoves', () => {
  for (const [name, load] of [
    ['tiny', tiny],
    ['default', () => loadOrThrow(DEFAULT_SCENARIO)],
  ] as const) {
    const s = load();
    it(`lists every legal move and only legal ones, in random games of ${name}`, () => {
      fc.assert(
        fc.property(settingsArb(s), picksArb, (settings, picks) => {
          let k = 0;
          const pick = () => picks[k++ % picks.length] ?? 0;
          playToEnd(s, settings, (game) => {
            for (const side of s.sides) checkState(s, game, side.id, pick);
            return { type: 'move', side: game.turn, move: humanMove(s, game, game.turn, pick) };
          });
        }),
        { numRuns: 25 },
      );
    });
  }

  it('offers nothing to the side whose turn it is not', () => {
    const s = tiny();
    const { game } = playToEnd(
      s,
      {
        seed: 1,
        difficulty: 'normal',
        controllers: { north: 'human', south: 'computer' },
      },
      () => undefined,
    );
    expect(game.turn).toBe('north');
    expect(legalMoves(s, game, 'south')).toEqual({ fixed: [], propose: null });
    expect(legalMoves(s, game, 'north').propose?.find((p) => p.issue === 'tree')?.choices).toEqual([
      'keep',
      'trim',
      'deferred',
    ]);
  });
});
