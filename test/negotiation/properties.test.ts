// Invariants of the engine over random games: random settings, random human
// moves (from the moves the machine allows), the computer on the other side.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { createCallMachine } from '../../src/negotiation/call-machine.ts';
import { callSeconds } from '../../src/negotiation/moves/index.ts';
import { replay } from '../../src/negotiation/replay.ts';
import { choicesOf, crossesRedLine, sideTable, tablesOf } from '../../src/negotiation/utility.ts';
import { DEFERRED, type Settlement } from '../../src/negotiation/types.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { DEFAULT_SCENARIO, loadOrThrow, repoPath, tiny } from '../helpers.ts';
import { picksArb, playRandom, settingsArb } from './random-games.ts';

const scenarios: [string, Scenario][] = [['tiny', tiny()]];
if (existsSync(repoPath(DEFAULT_SCENARIO)))
  scenarios.push(['default', loadOrThrow(DEFAULT_SCENARIO)]);

describe.each(scenarios)('engine invariants (%s scenario)', (_name, s) => {
  it('keeps every meter between 0 and 100 at every moment', () => {
    fc.assert(
      fc.property(settingsArb(s), picksArb, (settings, picks) => {
        const { final } = playRandom(s, settings, picks);
        for (const point of final.context.game.meterHistory) {
          for (const v of Object.values(point.meters)) expect(v >= 0 && v <= 100).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("ends every game, by the end of the call's time at the latest, with an ending of the scenario", () => {
    fc.assert(
      fc.property(settingsArb(s), picksArb, (settings, picks) => {
        const { final } = playRandom(s, settings, picks);
        const game = final.context.game;
        expect(final.value).toBe('closing');
        expect(game.result).not.toBeNull();
        expect(game.clock).toBeLessThanOrEqual(callSeconds(s));
        expect(s.endings.map((e) => e.id)).toContain(game.result?.ending);
      }),
      { numRuns: 150 },
    );
  });

  it('never has the computer propose or accept across its own red lines', () => {
    const tables = tablesOf(s);
    fc.assert(
      fc.property(settingsArb(s), picksArb, (settings, picks) => {
        const { final } = playRandom(s, settings, picks);
        const game = final.context.game;
        let standing: Record<string, Settlement> = {};
        for (const { side, move } of game.log) {
          const computer = settings.controllers[side] === 'computer';
          const mine = sideTable(tables, side);
          if (move.kind === 'propose') {
            if (computer) expect(crossesRedLine(mine, choicesOf(tables, move.terms))).toBe(false);
            standing = { ...move.terms };
          } else if (move.kind === 'defer') standing = { [move.issue]: DEFERRED };
          else if (move.kind === 'accept')
            expect(crossesRedLine(mine, choicesOf(tables, standing))).toBe(false);
        }
        for (const side of s.sides)
          expect(crossesRedLine(sideTable(tables, side.id), choicesOf(tables, game.settled))).toBe(
            false,
          );
      }),
      { numRuns: 150 },
    );
  });

  it('replays a game from its settings and events to the identical game', () => {
    fc.assert(
      fc.property(settingsArb(s), picksArb, (settings, picks) => {
        const { events, final } = playRandom(s, settings, picks);
        const again = replay(s, { scenario: s.id, settings, events });
        expect(again.context.game).toEqual(final.context.game);
      }),
      { numRuns: 80 },
    );
  });

  it('restores a snapshot saved at any point and goes on exactly as the original', () => {
    const machine = createCallMachine(s);
    fc.assert(
      fc.property(settingsArb(s), picksArb, fc.nat(), (settings, picks, cutAt) => {
        const { events, final } = playRandom(s, settings, picks);
        const cut = cutAt % events.length;
        const first = createActor(machine, { input: { settings } });
        first.start();
        for (const e of events.slice(0, cut)) first.send(e);
        const saved: unknown = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
        first.stop();
        const restored = createActor(machine, {
          snapshot: saved as ReturnType<typeof first.getPersistedSnapshot>,
          input: { settings },
        });
        restored.start();
        for (const e of events.slice(cut)) restored.send(e);
        expect(restored.getSnapshot().context.game).toEqual(final.context.game);
        restored.stop();
      }),
      { numRuns: 80 },
    );
  });
});
