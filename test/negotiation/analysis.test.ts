import { describe, expect, it } from 'vitest';
import {
  analyseDeals,
  nashPoint,
  paretoFrontier,
  standingOf,
} from '../../src/negotiation/analysis/frontier.ts';
import { allDeals } from '../../src/negotiation/analysis/deal-space.ts';
import { tablesOf, termsOf } from '../../src/negotiation/utility.ts';
import { tiny } from '../helpers.ts';

// tiny.yaml, worked by hand: (north, south) utilities of the feasible deals
// low+keep 50,50  low+trim 30,80  low+def 25,60  mid+keep 75,30  mid+trim 55,60
// mid+def 50,40  high+keep 100,0  high+trim 80,30  high+def 75,10  def+keep 70,15
// def+trim 50,45  def+def 45,25; every deal with the tree cut crosses north's red line.
describe('deal analysis', () => {
  const s = tiny();
  const t = tablesOf(s);
  const terms = (choices: number[]) => termsOf(t, choices);

  it('lists every deal, with deferral as a choice on each issue', () => {
    const deals = allDeals(s);
    expect(deals).toHaveLength(16);
    expect(deals.filter((d) => d.feasible)).toHaveLength(12);
  });

  it('finds the Pareto frontier', () => {
    const frontier = paretoFrontier(allDeals(s)).map((d) => terms(d.choices));
    expect(frontier).toEqual([
      { fence: 'high', tree: 'keep' },
      { fence: 'high', tree: 'trim' },
      { fence: 'mid', tree: 'trim' },
      { fence: 'low', tree: 'trim' },
    ]);
  });

  it('finds the Nash bargaining point over the walk-away values', () => {
    const nash = nashPoint(allDeals(s), [40, 30]);
    expect(nash && terms(nash.choices)).toEqual({ fence: 'mid', tree: 'trim' });
    expect(nashPoint(allDeals(s), [99, 99])).toBeUndefined();
  });

  it('says where a deal stands: dominated, gains, share of the Nash product', () => {
    const a = analyseDeals(s);
    const st = standingOf(s, a, { fence: 'low', tree: 'keep' });
    expect(st.utilities).toEqual([50, 50]);
    expect(st.gains).toEqual([10, 20]);
    expect(st.paretoOptimal).toBe(false);
    expect(st.dominatedBy).toBe(1);
    expect(st.nashShare).toBeCloseTo(200 / 450);
    expect(st.nearestFrontier).toEqual({ fence: 'mid', tree: 'trim' });
    const best = standingOf(s, a, { fence: 'mid', tree: 'trim' });
    expect(best.paretoOptimal).toBe(true);
    expect(best.nashShare).toBe(1);
    expect(best.distanceToFrontier).toBe(0);
  });

  it('counts no deal at all as both walk-away values', () => {
    const st = standingOf(s, analyseDeals(s), {});
    expect(st.utilities).toEqual([40, 30]);
    expect(st.nashShare).toBe(0);
  });
});
