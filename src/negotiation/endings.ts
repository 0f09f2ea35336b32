// Which ending a finished call reaches: the scenario's conditions, evaluated
// over the final deal, meters and moves. Conditions are data; this is their
// only interpreter. Also what an ending claims (checked against a game), and
// what it means for each side: its tone and its consequence for the score.
import type {
  CallEnd,
  Claims,
  Condition,
  CountedMove,
  Ending,
  EndingTone,
  Scenario,
} from '../scenario/schema.ts';
import type { GameState, Terms } from './types.ts';
import { DEFERRED } from './types.ts';

/** What a condition can see of a finished call. */
export interface Outcome {
  reason: CallEnd;
  deal: Terms;
  meters: GameState['meters'];
  counts: GameState['counts'];
}

export function holds(c: Condition, o: Outcome): boolean {
  return testOf(c)(o);
}

type Test = (o: Outcome) => boolean;

/** Each condition compiled once into a test: a game's end tries every ending's `when`. */
const TESTS = new WeakMap<Condition, Test>();

function testOf(c: Condition): Test {
  let test = TESTS.get(c);
  if (!test) {
    test = compile(c);
    TESTS.set(c, test);
  }
  return test;
}

function compile(c: Condition): Test {
  if ('all' in c) {
    const parts = c.all.map(testOf);
    return (o) => parts.every((p) => p(o));
  }
  if ('any' in c) {
    const parts = c.any.map(testOf);
    return (o) => parts.some((p) => p(o));
  }
  if ('not' in c) {
    const inner = testOf(c.not);
    return (o) => !inner(o);
  }
  if ('meter' in c) return (o) => inRange(o.meters[c.meter] ?? 0, c);
  if ('issue' in c) return (o) => c.is.includes(o.deal[c.issue] ?? 'open');
  if ('ended' in c) return (o) => c.ended.includes(o.reason);
  if ('moves' in c) return (o) => inRange(movesMade(o.counts, c.moves, c.by), c);
  const { agreed } = c;
  return (o) => inRange(agreedCount(o.deal), agreed);
}

/** What one missing agreement, move or issue's option counts for in a condition's gap, in meter points. */
const GAP_STEP = 20;

/**
 * How far a game is from meeting a condition: 0 when it holds, else meter
 * points out of range plus GAP_STEP for each agreement, move or option it
 * lacks (half when the standing offer has the option). A guide for a search,
 * not a rule: how a call ends (`ended`) and what `not` excludes count nothing.
 */
export function conditionGap(
  c: Condition,
  game: Pick<GameState, 'meters' | 'settled' | 'counts' | 'standing'>,
): number {
  if ('all' in c) return c.all.reduce((sum, x) => sum + conditionGap(x, game), 0);
  if ('any' in c) return Math.min(...c.any.map((x) => conditionGap(x, game)));
  if ('meter' in c) return rangeGap(game.meters[c.meter] ?? 0, c);
  if ('issue' in c) {
    if (c.is.includes(game.settled[c.issue] ?? 'open')) return 0;
    const offered = game.standing?.terms[c.issue];
    return offered !== undefined && c.is.includes(offered) ? GAP_STEP / 2 : GAP_STEP;
  }
  if ('moves' in c) return GAP_STEP * rangeGap(movesMade(game.counts, c.moves, c.by), c);
  if ('agreed' in c) return GAP_STEP * rangeGap(agreedCount(game.settled), c.agreed);
  return 0;
}

/** How far a value is outside a range (0 inside it). */
function rangeGap(value: number, r: { atLeast?: number; atMost?: number }): number {
  return Math.max(0, (r.atLeast ?? value) - value, value - (r.atMost ?? value));
}

/** How many moves of a kind were made, by one side or (without `by`) both. */
function movesMade(counts: Outcome['counts'], kind: CountedMove, by: string | undefined): number {
  let n = 0;
  for (const side in counts) if (by === undefined || by === side) n += counts[side]?.[kind] ?? 0;
  return n;
}

/** Issues agreed on an option (deferred ones are not agreed). */
function agreedCount(deal: Terms): number {
  let agreed = 0;
  for (const id in deal) if (deal[id] !== DEFERRED) agreed++;
  return agreed;
}

function inRange(value: number, r: { atLeast?: number; atMost?: number }): boolean {
  return (
    (r.atLeast === undefined || value >= r.atLeast) && (r.atMost === undefined || value <= r.atMost)
  );
}

/** The first ending whose condition holds; the last ending when none does. */
export function decideEnding(scenario: Scenario, outcome: Outcome): string {
  for (const ending of scenario.endings) {
    if (ending.when === undefined || holds(ending.when, outcome)) return ending.id;
  }
  const last = scenario.endings[scenario.endings.length - 1];
  if (!last) throw new Error('a scenario has at least one ending');
  return last.id;
}

/**
 * The claims of an ending that a finished call denies, named by their field in
 * the file ("agreement", "deal.military", "meters.pressure"); empty when every
 * claim is true of it. Cheap: no replay, only the outcome.
 */
export function deniedClaims(scenario: Scenario, claims: Claims | undefined, o: Outcome): string[] {
  if (!claims) return [];
  const denied = deniedOnDeal(scenario, claims, o);
  for (const [meter, range] of Object.entries(claims.meters ?? {}))
    if (!inRange(o.meters[meter] ?? 0, range)) denied.push(`meters.${meter}`);
  if (claims.ended && !claims.ended.includes(o.reason)) denied.push('ended');
  if (claims.either && !claims.either.some((c) => deniedClaims(scenario, c, o).length === 0))
    denied.push('either');
  return denied;
}

/** The claims about the deal (how many and which issues were agreed, deferred, left open) it denies. */
function deniedOnDeal(scenario: Scenario, claims: Claims, o: Outcome): string[] {
  const denied: string[] = [];
  const at = (issue: string) => o.deal[issue] ?? 'open';
  const isAgreed = (issue: string) => o.deal[issue] !== undefined && o.deal[issue] !== DEFERRED;
  const agreed = agreedCount(o.deal);
  if (claims.agreement !== undefined && claims.agreement !== agreed > 0) denied.push('agreement');
  if (claims.agreed && !inRange(agreed, claims.agreed)) denied.push('agreed');
  if (claims.settled !== undefined) {
    const issues = claims.settled === 'all' ? scenario.issues.map((i) => i.id) : claims.settled;
    if (!issues.every(isAgreed)) denied.push('settled');
  }
  if (claims.deferred && !claims.deferred.every((i) => at(i) === DEFERRED)) denied.push('deferred');
  if (claims.open && !claims.open.every((i) => at(i) === 'open')) denied.push('open');
  for (const [issue, allowed] of Object.entries(claims.deal ?? {}))
    if (!allowed.includes(at(issue))) denied.push(`deal.${issue}`);
  return denied;
}

/** How an ending feels for one side: its own tone, or the one tone for both. */
export function endingTone(ending: Ending | undefined, side: string): EndingTone {
  if (!ending) return 'mixed';
  return typeof ending.tone === 'string' ? ending.tone : (ending.tone[side] ?? 'mixed');
}

/** One tone for both sides (a class's chart): theirs when they agree, else "mixed". */
export function sharedTone(ending: Ending): EndingTone {
  if (typeof ending.tone === 'string') return ending.tone;
  const tones = new Set(Object.values(ending.tone));
  const [only] = [...tones];
  return tones.size === 1 && only !== undefined ? only : 'mixed';
}

/** What an ending adds to (or takes from) a side's score; 0 when it says nothing. */
export function endingConsequence(ending: Ending | undefined, side: string): number {
  return ending?.score?.[side] ?? 0;
}

/** The outcome a finished (or unfinished) call's state shows a condition. */
export function outcomeOf(game: GameState): Outcome {
  return {
    reason: game.result?.reason ?? 'time',
    deal: game.settled,
    meters: game.meters,
    counts: game.counts,
  };
}
