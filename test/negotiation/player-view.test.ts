// playerView is the boundary between the two sides: properties over random
// games (random settings, random human moves, the computer playing the rest,
// cut at a random move) that the view of side A shows nothing private of side
// B, nor the seed, the rng or the computer's models; that it is a pure,
// deterministic function; and that what is public is the same for both sides.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { playerView, type PlayerView } from '../../src/negotiation/player-view.ts';
import { createActor } from 'xstate';
import { createCallMachine } from '../../src/negotiation/call-machine.ts';
import { otherSide } from '../../src/negotiation/utility.ts';
import type { GameState, SideId } from '../../src/negotiation/types.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { DEFAULT_SCENARIO, loadOrThrow, repoPath, tiny } from '../helpers.ts';
import { humanMove, picksArb, settingsArb } from './random-games.ts';

const scenarios: [string, Scenario][] = [['tiny', tiny()]];
if (existsSync(repoPath(DEFAULT_SCENARIO)))
  scenarios.push(['default', loadOrThrow(DEFAULT_SCENARIO)]);

/** A random game's state at a random move (the greeting, the middle, the end), and a side to view it as. */
const momentArb = (s: Scenario) =>
  fc
    .record({ settings: settingsArb(s), picks: picksArb, cut: fc.nat(), sideIndex: fc.nat() })
    .map(({ settings, picks, cut, sideIndex }) => {
      const actor = createActor(createCallMachine(s), { input: { settings } }).start();
      actor.send({ type: 'answer' });
      actor.send({ type: 'proceed' });
      let k = 0;
      const pick = () => picks[k++ % picks.length] ?? 0;
      const first = actor.getSnapshot().context.game;
      const states = [first];
      for (
        let i = 0;
        i < 200 && states.length <= cut % 200 && actor.getSnapshot().matches('turns');
        i++
      ) {
        const game = actor.getSnapshot().context.game;
        const human = settings.controllers[game.turn] === 'human';
        const move = human ? humanMove(s, game, game.turn, pick) : undefined;
        actor.send(move ? { type: 'move', side: game.turn, move } : { type: 'computerMove' });
        states.push(actor.getSnapshot().context.game);
      }
      actor.stop();
      const game = states[cut % states.length] ?? first;
      const side = s.sides[sideIndex % s.sides.length]?.id ?? '';
      return { game, side };
    });

const RUNS = 15;

/** The other side's red lines this side may know: the public ones and those said out loud so far. */
function knowable(s: Scenario, game: GameState, them: SideId): Set<string> {
  const sideOf = s.sides.find((x) => x.id === them);
  const known = new Set((sideOf?.redLines ?? []).filter((r) => r.public).map(keyOf));
  for (const r of game.redLinesInvoked) if (r.side === them) known.add(keyOf(r));
  return known;
}
const keyOf = (r: { issue: string; option: string }) => `${r.issue}/${r.option}`;

/**
 * The scenario with everything private of side `them` changed — brief, goals,
 * walk-away (value and words), style, what softens it, its values of every option
 * and of deferring, and its red lines nobody knows of yet — and the texts marked.
 */
function withSecretsChanged(s: Scenario, game: GameState, them: SideId): Scenario {
  const copy = structuredClone(s);
  const known = knowable(s, game, them);
  for (const side of copy.sides) {
    if (side.id !== them) continue;
    side.brief = 'SECRET brief';
    side.goals = ['SECRET goal'];
    side.walkAway = (side.walkAway + 37) % 100;
    side.walkAwayText = 'SECRET walk-away';
    side.style = side.style === 'conceder' ? 'boulware' : 'conceder';
    side.softensWith = { trust: 0.123 };
    const first = copy.issues[0];
    const hidden = first?.options.map((o) => ({ issue: first.id, option: o.id, public: false }));
    side.redLines = [
      ...side.redLines.filter((r) => known.has(keyOf(r))),
      ...(hidden ?? []).filter((r) => !known.has(keyOf(r))).slice(0, 1),
    ];
  }
  for (const issue of copy.issues) {
    for (const o of issue.options) o.values[them] = ((o.values[them] ?? 0) + 41) % 100;
    if (issue.deferred) issue.deferred.values = { ...issue.deferred.values, [them]: 3 };
  }
  return copy;
}

/** The game with everything no player may see changed: the seed, the rng, forced styles, the computer's models. */
function withHiddenStateChanged(game: GameState): GameState {
  const styles = Object.fromEntries(Object.keys(game.counts).map((id) => [id, 'linear' as const]));
  return {
    ...game,
    rng: (game.rng ^ 0x5a5a5a5a) >>> 0,
    settings: { ...game.settings, seed: game.settings.seed + 1, styles },
    models: {},
  };
}

/** Every key anywhere in a value. */
function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysIn(v, found);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      found.add(k);
      keysIn(v, found);
    }
  return found;
}

const PRIVATE_KEYS = [
  'brief',
  'goals',
  'walkAway',
  'walkAwayText',
  'style',
  'styles',
  'softensWith',
  'redLines',
  'values',
  'weights',
  'deferredValues',
  'seed',
  'rng',
  'models',
];

describe.each(scenarios)('playerView (%s scenario)', (_name, s) => {
  it("does not change when anything private of the other side, the seed, the rng or the computer's models change", () => {
    fc.assert(
      fc.property(momentArb(s), ({ game, side }) => {
        const them = otherSide(s, side);
        const view = playerView(s, game, side);
        const secrets = withSecretsChanged(s, game, them);
        expect(playerView(secrets, withHiddenStateChanged(game), side)).toEqual(view);
        expect(JSON.stringify(playerView(secrets, game, side))).not.toContain('SECRET');
      }),
      { numRuns: RUNS },
    );
  });

  it("names none of the other side's private fields, nor the seed, rng or models, anywhere outside the player's own side", () => {
    fc.assert(
      fc.property(momentArb(s), ({ game, side }) => {
        const view = playerView(s, game, side);
        const { me: _me, ...rest } = view;
        for (const key of PRIVATE_KEYS) expect(keysIn(rest)).not.toContain(key);
        expect(Object.keys(view.game.settings).sort()).toEqual(['controllers', 'difficulty']);
      }),
      { numRuns: RUNS },
    );
  });

  it('knows exactly the red lines of the other side that are public or were said out loud', () => {
    fc.assert(
      fc.property(momentArb(s), ({ game, side }) => {
        const view = playerView(s, game, side);
        const known = view.them.knownRedLines.map(keyOf);
        expect(new Set(known)).toEqual(knowable(s, game, view.them.id));
        expect(new Set(known).size).toBe(known.length);
      }),
      { numRuns: RUNS },
    );
  });

  it("shows the player's own brief, walk-away and red lines, and the same public record to both sides", () => {
    fc.assert(
      fc.property(momentArb(s), ({ game, side }) => {
        const mine = s.sides.find((x) => x.id === side);
        const view = playerView(s, game, side);
        const theirs: PlayerView = playerView(s, game, otherSide(s, side));
        expect(view.me.brief).toBe(mine?.brief);
        expect(view.me.walkAway).toBe(mine?.walkAway);
        expect(view.me.redLines.map(keyOf)).toEqual(mine?.redLines.map(keyOf));
        expect(view.game).toEqual(theirs.game);
        const { knownRedLines: _known, ...seen } = theirs.them;
        expect(seen).toEqual({
          id: view.me.id,
          country: view.me.country,
          leader: view.me.leader,
          title: view.me.title,
          role: view.me.role,
          flag: view.me.flag,
          portrait: view.me.portrait,
          ...(view.me.knownWants !== undefined ? { knownWants: view.me.knownWants } : {}),
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic, leaves the game as it was, and survives JSON unchanged', () => {
    fc.assert(
      fc.property(momentArb(s), ({ game, side }) => {
        const before = JSON.stringify(game);
        const view = playerView(s, game, side);
        expect(playerView(s, game, side)).toEqual(view);
        expect(JSON.stringify(game)).toBe(before);
        expect(JSON.parse(JSON.stringify(view))).toEqual(view);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the parts of a view that no move changes', () => {
  it('are shared by every view of the side, and frozen: no reader can write into another’s', () => {
    const s = tiny();
    const side = s.sides[0]?.id ?? '';
    const actor = createActor(createCallMachine(s), {
      input: { settings: { seed: 1, controllers: { [side]: 'human' }, difficulty: 'normal' } },
    });
    actor.start();
    const first = playerView(s, actor.getSnapshot().context.game, side);
    actor.send({ type: 'answer' });
    const second = playerView(s, actor.getSnapshot().context.game, side);
    actor.stop();
    expect(second.me).toBe(first.me);
    const walkAway = first.me.walkAway;
    expect(() => {
      (first.me as { walkAway: number }).walkAway = 100;
    }).toThrow(TypeError);
    expect(() => {
      (first.me.values as Record<string, unknown>).extra = {};
    }).toThrow(TypeError);
    expect(second.me.walkAway).toBe(walkAway);
    // The scenario's own objects are not frozen with it.
    expect(Object.isFrozen(s.sides[0])).toBe(false);
  });
});
