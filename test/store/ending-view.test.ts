import { describe, expect, it } from 'vitest';
import { endingView } from '../../src/store/ending-view.ts';
import { applyMove, newGame, openCall } from '../../src/negotiation/moves.ts';
import { settings, tiny } from '../helpers.ts';

describe('the ending view', () => {
  const s = tiny();
  const finished = () => {
    let g = openCall(s, newGame(s, settings(s, {}, 'north')));
    g = applyMove(s, g, 'north', { kind: 'propose', terms: { fence: 'mid', tree: 'trim' } });
    return applyMove(s, g, 'south', { kind: 'accept' });
  };

  it('is empty until the call is over', () => {
    expect(endingView(s, newGame(s, settings(s)), 'north')).toBeNull();
  });

  it('puts the player on the x axis: the deal, walk-away values and Nash point from their side', () => {
    const north = endingView(s, finished(), 'north');
    const south = endingView(s, finished(), 'south');
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
    const view = endingView(s, finished(), 'north');
    const pressure = view?.meterSeries.find((m) => m.id === 'pressure');
    expect(pressure?.points[0]).toEqual([0, 20]);
    expect(pressure?.points.length).toBe(3);
  });
});
