// Opening a long game costs in proportion to its length: the lists of a game
// (log, transcript, meter history) are shared between its states, not copied
// at each move (src/negotiation/history.ts). `npm run bench` times the longest
// game the format allows; here modest games, 4× apart, their copies counted.
import { describe, expect, it } from 'vitest';
import { playToEnd, replay, replayMoves } from '../../src/negotiation/replay.ts';
import { makeResult, resultFileText } from '../../src/negotiation/result.ts';
import { loadDebriefPage } from '../../src/store/debrief-report.ts';
import { applyMove } from '../../src/negotiation/moves/index.ts';
import { historyCopies, SHARED_FROM_MOVES } from '../../src/negotiation/history.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { longestScenario } from './long-game.ts';
import { en } from '../../src/messages/en.ts';

function game(minutes: number) {
  const scenario: Scenario = { ...longestScenario(), callMinutes: minutes };
  const [a, b] = scenario.sides.map((s) => s.id);
  const { record } = playToEnd(
    scenario,
    { seed: 3, difficulty: 'normal', controllers: { [a ?? '']: 'human', [b ?? '']: 'human' } },
    (g) => ({ type: 'move', side: g.turn, move: { kind: 'statement', tone: 'firm' } }),
    100_000,
  );
  return { scenario, record, side: a ?? '' };
}

/** The entries of a game's lists copied to open it on the debrief page (checked, graded, every frame built). */
function openCost(minutes: number): { copies: number; events: number } {
  const { scenario, record, side } = game(minutes);
  const file = resultFileText(makeResult(scenario, record, side, 'Ana', en));
  const copied = historyCopies.entries;
  expect(loadDebriefPage(file, [scenario], en).ok).toBe(true);
  return { copies: historyCopies.entries - copied, events: record.events.length };
}

describe('a long game', () => {
  it('opens with copies in proportion to its length (4× the events: well under 16× the entries copied)', () => {
    // Counted, not timed: the time to open the longest game the format allows,
    // against replaying its events bare, is `npm run bench`'s (bench/long-game.ts).
    // A timed ratio here (under 8) failed a clean-clone CI at 8.006 under load.
    const [short, long] = [openCost(6), openCost(24)];
    expect(long.events).toBeGreaterThan(3.9 * short.events);
    // No step makes each state's lists into arrays: the entries copied grow with the game
    // (the final state's lists, once), not with its square (16×).
    expect(long.copies).toBeLessThan(6 * short.copies);
  });

  it('keeps every state of the replay as it was: shared lists read the same as copied ones', () => {
    const { scenario, record } = game(3);
    const { moves, final } = replayMoves(scenario, record);
    expect(moves.length).toBeGreaterThan(2 * SHARED_FROM_MOVES);
    for (const k of [
      0,
      SHARED_FROM_MOVES - 1,
      SHARED_FROM_MOVES,
      SHARED_FROM_MOVES + 5,
      moves.length - 1,
    ]) {
      const m = moves[k];
      if (!m) throw new Error(`no move ${k}`);
      // The same game replayed to just after move k (its events: answer, proceed, then one per move).
      const again = replay(scenario, { ...record, events: record.events.slice(0, k + 3) }).context
        .game;
      expect(m.after.log).toHaveLength(k + 1);
      expect(JSON.parse(JSON.stringify(m.after))).toEqual(JSON.parse(JSON.stringify(again)));
    }
    expect(final.log).toHaveLength(moves.length);
  });

  it('lets an older state be played on again without changing it or its later states', () => {
    const { scenario, record } = game(3);
    const { moves } = replayMoves(scenario, record);
    const at = moves[SHARED_FROM_MOVES + 10]?.after;
    const later = moves[SHARED_FROM_MOVES + 11]?.after;
    if (!at || !later) throw new Error('the game is too short');
    const length = at.log.length;
    const snapshot = JSON.stringify(later);
    const side = at.turn;
    const a = applyMove(scenario, at, side, { kind: 'statement', tone: 'threatening' });
    const b = applyMove(scenario, at, side, { kind: 'statement', tone: 'respectful' });
    expect(at.log).toHaveLength(length);
    expect(a.log.at(-1)?.move).toEqual({ kind: 'statement', tone: 'threatening' });
    expect(b.log.at(-1)?.move).toEqual({ kind: 'statement', tone: 'respectful' });
    expect(b.log.slice(0, length)).toEqual(at.log);
    expect(JSON.stringify(later)).toBe(snapshot);
  });
});
