import { describe, expect, it } from 'vitest';
import { concession, targetUtility } from '../../src/negotiation/agent/tactics.ts';
import { agentView, chooseMove } from '../../src/negotiation/agent/choose-move.ts';
import {
  estimateOpponentUtility,
  newOpponentModel,
  observeProposal,
} from '../../src/negotiation/agent/opponent-model.ts';
import { applyMove, newGame, openCall } from '../../src/negotiation/moves/index.ts';
import { Rng } from '../../src/negotiation/random.ts';
import { choicesOf, tablesOf, utility } from '../../src/negotiation/utility.ts';
import { playToEnd } from '../../src/negotiation/replay.ts';
import type { GameState } from '../../src/negotiation/types.ts';
import { DEFAULT_SCENARIO, loadOrThrow, settings, tiny } from '../helpers.ts';
import { playBotGame } from '../../src/negotiation/bots/tournament.ts';
import principled from '../../bots/principled.ts';

const s = tiny();

describe('the concession tactic', () => {
  it('concedes nothing at the start and everything at the end, more as time passes', () => {
    for (const e of [0.3, 1, 3]) {
      expect(concession(e, 0)).toBe(0);
      expect(concession(e, 1)).toBe(1);
      expect(concession(e, 0.6)).toBeGreaterThan(concession(e, 0.3));
    }
  });

  it('holds out longer when hard-line (Boulware) than when conceding', () => {
    expect(concession(0.3, 0.5)).toBeLessThan(concession(1, 0.5));
    expect(concession(1, 0.5)).toBeLessThan(concession(3, 0.5));
  });

  const tactic = {
    exponent: 1,
    reservation: 40,
    unconditional: 0.4,
    reciprocity: 0.6,
    moodGain: 1,
  };

  it('aims from its best deal down, and by time alone only part of the way to its reservation', () => {
    expect(targetUtility(100, tactic, 0, 0)).toBe(100);
    expect(targetUtility(100, tactic, 0.2, 0)).toBeCloseTo(100 - 60 * 0.2);
    // Time alone takes it 40% of the way; the rest only as the other side comes its way.
    expect(targetUtility(100, tactic, 1, 0)).toBeCloseTo(100 - 60 * 0.4);
    expect(targetUtility(100, tactic, 1, 0, 0.5)).toBeCloseTo(100 - 60 * 0.7);
    expect(targetUtility(100, tactic, 1, 0, 1)).toBe(40);
  });

  it('is softened a little by good conduct and hardened a lot by bad conduct', () => {
    const plain = targetUtility(100, tactic, 0.5, 0);
    expect(targetUtility(100, tactic, 0.5, 1)).toBeCloseTo(plain - 60 * 0.2);
    expect(targetUtility(100, tactic, 0.5, -0.2)).toBeCloseTo(plain + 60 * 0.2);
    expect(targetUtility(100, tactic, 0.5, -1)).toBe(100);
  });
});

const opened = (overrides = {}): GameState => openCall(s, newGame(s, settings(s, overrides)));

describe('the computer negotiator', () => {
  it('asks for its best deal first', () => {
    const move = chooseMove(s, opened(), 'north', new Rng(7));
    expect(move.kind === 'propose' || move.kind === 'evidence').toBe(true);
    expect(agentView(s, opened(), 'north').offer).toEqual({ fence: 'high', tree: 'keep' });
  });

  it('accepts an offer that meets its aim', () => {
    const g = applyMove(s, opened(), 'north', {
      kind: 'propose',
      terms: { fence: 'low', tree: 'trim' },
    });
    expect(chooseMove(s, g, 'south', new Rng(1))).toEqual({ kind: 'accept' });
  });

  it('voices its red line rather than accept across it, then rejects', () => {
    let g = applyMove(s, opened(), 'north', { kind: 'statement', tone: 'firm' });
    g = applyMove(s, g, 'south', { kind: 'propose', terms: { fence: 'high', tree: 'cut' } });
    expect(chooseMove(s, g, 'north', new Rng(1))).toEqual({
      kind: 'redLine',
      issue: 'tree',
      option: 'cut',
    });
    const voiced = { ...g, redLinesInvoked: [{ side: 'north', issue: 'tree', option: 'cut' }] };
    expect(chooseMove(s, voiced, 'north', new Rng(1))).toEqual({ kind: 'reject' });
  });

  it('counts no package across its red line as a concession to it', () => {
    let g = applyMove(s, opened(), 'north', { kind: 'statement', tone: 'firm' });
    const before = agentView(s, { ...g, clock: 240 }, 'north').target;
    // All it could want but for the tree cut, its public red line: an offer it can never take.
    g = applyMove(s, g, 'south', { kind: 'propose', terms: { fence: 'high', tree: 'cut' } });
    // Across a red line south knew of (public): posturing, not even an opening to rise from.
    expect(g.models.north?.firstOffer).toBeNull();
    expect(g.models.north?.bestOffer).toBeNull();
    expect(agentView(s, { ...g, clock: 240 }, 'north').target).toBeCloseTo(before);
    // The same line kept private: an opening south could not know was out of bounds, still no concession.
    const hidden = {
      ...s,
      sides: s.sides.map((side) => ({
        ...side,
        redLines: side.redLines.map((r) => ({ ...r, public: false })),
      })),
    };
    let h = applyMove(hidden, openCall(hidden, newGame(hidden, settings(hidden))), 'north', {
      kind: 'statement',
      tone: 'firm',
    });
    h = applyMove(hidden, h, 'south', {
      kind: 'propose',
      terms: { fence: 'high', tree: 'cut' },
    });
    expect(h.models.north?.firstOffer).toBe(50);
    expect(h.models.north?.bestOffer).toBeNull();
  });

  it('holds the other side to the best it offered: a generous offer taken back buys nothing', () => {
    const offer = (g: GameState, fence: string, tree: string) =>
      applyMove(s, g, 'south', { kind: 'propose', terms: { fence, tree } });
    let g = applyMove(s, opened(), 'north', { kind: 'statement', tone: 'firm' });
    g = offer(g, 'low', 'trim'); // worth 30 to north
    g = applyMove(s, g, 'north', { kind: 'propose', terms: { fence: 'high', tree: 'keep' } });
    g = offer(g, 'high', 'trim'); // 80: far up from 30, credited as a concession
    g = applyMove(s, g, 'north', { kind: 'propose', terms: { fence: 'high', tree: 'keep' } });
    // Near the end, south asks for more again: 55, above what north would have aimed for.
    const late = offer({ ...g, clock: 250 }, 'mid', 'trim');
    expect(agentView(s, late, 'north').target).toBeGreaterThanOrEqual(80);
    expect(chooseMove(s, late, 'north', new Rng(1))).not.toEqual({ kind: 'accept' });
    // The 80 it offered is still there to agree on.
    expect(chooseMove(s, offer({ ...g, clock: 250 }, 'high', 'trim'), 'north', new Rng(1))).toEqual(
      { kind: 'accept' },
    );
  });

  it('is softened less by each kind word said again with nothing else between', () => {
    const kind = (g: GameState) =>
      applyMove(s, { ...g, turn: 'south' }, 'south', { kind: 'statement', tone: 'respectful' });
    const once = kind(opened());
    const gain = once.models.north?.mood ?? 0;
    expect(gain).toBeGreaterThan(0);
    const twice = kind(once);
    expect((twice.models.north?.mood ?? 0) - gain).toBeCloseTo(gain / 2);
    // An offer between starts the count again.
    const offered = applyMove(s, { ...once, turn: 'south' }, 'south', {
      kind: 'propose',
      terms: { fence: 'mid', tree: 'trim' },
    });
    const after = offered.models.north?.mood ?? 0;
    expect((kind(offered).models.north?.mood ?? 0) - after).toBeCloseTo(gain);
  });

  it('concedes more on easy than on hard at the same moment', () => {
    const at = (difficulty: 'easy' | 'hard') =>
      agentView(s, { ...opened({ difficulty }), clock: 150 }, 'south').target;
    expect(at('easy')).toBeLessThan(at('hard'));
  });

  it("softens when the other side's moves move the meters it cares about its way, not when the clock does", () => {
    const calm = agentView(s, { ...opened(), clock: 120 }, 'north').target;
    // The clock alone raises pressure: no change of mood.
    const later = { ...opened(), clock: 120, meters: { pressure: 90, trust: 50 } };
    expect(agentView(s, later, 'north').target).toBe(calm);
    let g: GameState = { ...opened(), turn: 'south' };
    g = applyMove(s, g, 'south', { kind: 'statement', tone: 'respectful' });
    expect(g.models.north?.mood).toBeGreaterThan(0);
    expect(agentView(s, { ...g, clock: 120 }, 'north').target).toBeLessThan(calm);
  });

  it('never proposes an option the other side has ruled out in public', () => {
    for (let seed = 0; seed < 40; seed++) {
      const { game } = playToEnd(s, settings(s, { seed }));
      for (const entry of game.log) {
        if (entry.move.kind === 'propose') expect(entry.move.terms.tree).not.toBe('cut');
      }
    }
  });

  it('reaches deals that are good for both with a player who trades fairly', () => {
    const call = loadOrThrow(DEFAULT_SCENARIO);
    for (const side of ['mexico', 'us']) {
      const games = Array.from(
        { length: 12 },
        (_, seed) => playBotGame(call, principled, side, 'normal', seed).game,
      );
      const deals = games.filter((g) => Object.keys(g.settled).length > 0);
      expect(deals.length).toBeGreaterThanOrEqual(10);
      for (const g of deals) {
        expect(utility(call, 'mexico', g.settled)).toBeGreaterThanOrEqual(45);
        expect(utility(call, 'us', g.settled)).toBeGreaterThanOrEqual(40);
      }
    }
  });
});

describe('the opponent model', () => {
  it('learns that an issue the opponent never moves on matters to it, and which option it wants', () => {
    let model = newOpponentModel(s, 'south');
    for (const tree of ['cut', 'trim', 'deferred', 'trim'])
      model = observeProposal(model, { fence: 'low', tree });
    expect(model.weights.fence).toBeGreaterThan(model.weights.tree ?? 1);
    const t = tablesOf(s);
    expect(
      estimateOpponentUtility(model, t, choicesOf(t, { fence: 'low', tree: 'trim' })),
    ).toBeGreaterThan(
      estimateOpponentUtility(model, t, choicesOf(t, { fence: 'high', tree: 'trim' })),
    );
  });

  it("knows the other side's public red lines from the start", () => {
    expect(newOpponentModel(s, 'north').redLines).toEqual([{ issue: 'tree', option: 'cut' }]);
    expect(newOpponentModel(s, 'south').redLines).toEqual([]);
  });
});
