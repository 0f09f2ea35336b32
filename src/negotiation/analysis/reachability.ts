// Can every ending be reached, and how? A bounded breadth-first search over
// real games (both sides played by the search, every move applied by the real
// rules), so each path it returns is a true shortest-found sequence of moves.
// States that differ only in details that rarely matter (meters within a band,
// the clock within a minute, how many statements were made past two) are
// merged, which keeps the search small; whole-package "propose and accept"
// plans are tried too, so deals far from the start are found without search
// depth. Bounded by a number of states, not by the wall clock, so it gives the
// same answer on every machine. An ending whose condition can never hold (an
// empty range, a meter past 0–100) is not searched for: without this the search
// ran to its bound (seconds) whenever a scenario had one. The search stops as
// soon as every other ending has a path (at the end of a level, or within it
// once every option outside the red lines has been agreed in some game too:
// nothing left to learn); so do the plans. Then it looks for games that reach
// an ending whose claims they deny, which are often many moves deeper: games
// aimed at each ending's claims (claims-search.ts), each contradiction made as
// short as it goes.
import type { Condition, Scenario } from '../../scenario/schema.ts';
import { COUNTED_MOVES } from '../../scenario/schema.ts';
import type { GameState, LoggedMove, Move, Terms } from '../types.ts';
import { DEFERRED } from '../types.ts';
import { applyMove, isLegal, newGame, openCall } from '../moves/index.ts';
import { allDeals } from './deal-space.ts';
import { sidesOf, tablesOf, termsOf } from '../utility.ts';
import { deniedClaims, outcomeOf } from '../endings.ts';
import { searchMoves } from './search-moves.ts';
import {
  CLAIM_DESCENTS,
  CLAIM_MOVES,
  descendToClaims,
  shorterContradiction,
  type Contradiction,
} from './claims-search.ts';

export type { Contradiction } from './claims-search.ts';

export interface ReachabilityOptions {
  /** The most states the search keeps; past it the search stops and says so. */
  maxStates?: number;
  /** Meter values are merged in bands this wide. */
  meterBand?: number;
  /** The most whole-package plans tried. */
  maxPlans?: number;
  /** Games played to the end for each aim at an ending's claims, to look for games that deny them. */
  claimDescents?: number;
  /** The most moves those games try in all (CLAIM_MOVES). */
  claimMoves?: number;
}

export interface ReachabilityResult {
  /** Ending id → the shortest sequence of moves found that reaches it. */
  paths: Record<string, LoggedMove[]>;
  /** Options ("issue/option") that were agreed in some game the search played. */
  agreedOptions: Set<string>;
  /** Ending id → a game that reaches it and denies its claims. */
  contradictions: Record<string, Contradiction>;
  statesExplored: number;
  /** Games played to the end aimed at the endings' claims (claims-search.ts). */
  claimGames: number;
  /** True when the search ran out of states before it ran out of games to try. */
  bounded: boolean;
}

export function searchEndings(
  scenario: Scenario,
  options: ReachabilityOptions = {},
): ReachabilityResult {
  const search = newSearch(scenario, options);
  const start = startOf(scenario);
  // 1. Whole-package plans: the first speaker proposes a deal, the other accepts; or a part of it, then a hang-up.
  tryPlans(scenario, start, search.record, options.maxPlans ?? 4000, search.nothingToLearn);
  // 2. Breadth-first search over every move either side may make.
  breadthFirst(search, start);
  // 3. Games aimed at each ending's claims, often deeper than the search goes.
  const claimGames = descendToClaims(
    scenario,
    start,
    search.record,
    options.claimDescents ?? CLAIM_DESCENTS,
    options.claimMoves ?? CLAIM_MOVES,
  );
  for (const [ending, found] of Object.entries(search.contradictions))
    search.contradictions[ending] = shorterContradiction(scenario, start, ending, found);
  const { paths, agreedOptions, contradictions, explored, bounded } = search;
  return { paths, agreedOptions, contradictions, statesExplored: explored, claimGames, bounded };
}

/** A search under way: its bounds, what it has found, and how far it has gone. */
interface Search {
  scenario: Scenario;
  /** What the search treats as the same situation. */
  keyOf: (g: GameState) => string;
  maxStates: number;
  paths: Record<string, LoggedMove[]>;
  agreedOptions: Set<string>;
  contradictions: Record<string, Contradiction>;
  /** Notes a finished game: the options it agreed, the path to its ending, a contradiction of its claims. */
  record: (game: GameState) => void;
  /** Every ending that can be reached has a path. */
  allFound: () => boolean;
  /** Every ending has a path and every option outside the red lines was agreed in some game. */
  nothingToLearn: () => boolean;
  explored: number;
  bounded: boolean;
  found: boolean;
}

function newSearch(scenario: Scenario, options: ReachabilityOptions): Search {
  const wanted = scenario.endings
    .filter((e) => !e.when || !cannotHold(e.when, scenario.issues.length))
    .map((e) => e.id);
  const openOptions = optionsOutsideRedLines(scenario);
  const search: Search = {
    scenario,
    keyOf: situationKeys(scenario, options.meterBand ?? 10),
    maxStates: options.maxStates ?? 60_000,
    paths: {},
    agreedOptions: new Set<string>(),
    contradictions: {},
    record: (game) => record(search, game),
    allFound: () => wanted.every((id) => search.paths[id] !== undefined),
    nothingToLearn: () =>
      search.allFound() && openOptions.every((o) => search.agreedOptions.has(o)),
    explored: 1,
    bounded: false,
    found: false,
  };
  return search;
}

/** Every option ("issue/option") no side has as a red line. */
function optionsOutsideRedLines(scenario: Scenario): string[] {
  return scenario.issues.flatMap((issue) =>
    issue.options
      .filter(
        (o) =>
          !scenario.sides.some((s) =>
            s.redLines.some((r) => r.issue === issue.id && r.option === o.id),
          ),
      )
      .map((o) => `${issue.id}/${o.id}`),
  );
}

/** The call once the greetings are said, both sides played by the search. */
function startOf(scenario: Scenario): GameState {
  const [a, b] = sidesOf(scenario);
  return openCall(
    scenario,
    newGame(scenario, {
      seed: 0,
      difficulty: 'normal',
      controllers: { [a.id]: 'human', [b.id]: 'human' },
    }),
  );
}

function record(search: Search, game: GameState): void {
  const { scenario, paths, contradictions } = search;
  for (const [issue, s] of Object.entries(game.settled))
    if (s !== DEFERRED) search.agreedOptions.add(`${issue}/${s}`);
  const ending = game.result?.ending;
  if (ending !== undefined && paths[ending] === undefined) paths[ending] = game.log;
  if (ending === undefined || contradictions[ending] !== undefined) return;
  const claims = scenario.endings.find((e) => e.id === ending)?.claims;
  const denied = deniedClaims(scenario, claims, outcomeOf(game));
  if (denied.length > 0) contradictions[ending] = { path: game.log, denied };
}

/** Level by level until every ending is found, or the bound is met. */
function breadthFirst(search: Search, start: GameState): void {
  const seen = new Set<string>([search.keyOf(start)]);
  let frontier: GameState[] = [start];
  search.found = search.allFound();
  while (frontier.length > 0 && !search.found) {
    const next: GameState[] = [];
    for (const state of frontier) {
      expand(search, state, seen, next);
      if (search.bounded || search.found) break;
    }
    if (search.bounded) break;
    search.found = search.allFound();
    frontier = next;
  }
}

/** Every move from one state: finished games recorded, new situations added to the next level. */
function expand(search: Search, state: GameState, seen: Set<string>, next: GameState[]): void {
  const { scenario } = search;
  for (const move of searchMoves(scenario, state, state.turn)) {
    const after = applyMove(scenario, state, state.turn, move);
    if (after.result) {
      search.record(after);
      // Each path is found at its first level; the rest of the level may still agree new options.
      search.found = search.nothingToLearn();
      if (search.found) return;
      continue;
    }
    const key = search.keyOf(after);
    if (seen.has(key)) continue;
    if (search.explored >= search.maxStates) {
      search.bounded = true;
      return;
    }
    seen.add(key);
    search.explored++;
    next.push(after);
  }
}

function tryPlans(
  scenario: Scenario,
  start: GameState,
  record: (g: GameState) => void,
  maxPlans: number,
  done: () => boolean,
): void {
  const tables = tablesOf(scenario);
  const deals = allDeals(scenario).filter((d) => d.feasible);
  const full = 2 ** scenario.issues.length - 1;
  // Each sampled deal is tried whole, and with part of its issues (then a hang-up);
  // an even sample of deals when there are more than the budget allows.
  const step = Math.max(1, Math.ceil((deals.length * 2) / maxPlans));
  for (let d = 0; d < deals.length; d += step) {
    const deal = deals[d];
    if (!deal) continue;
    const all = termsOf(tables, deal.choices);
    // A subset that changes from deal to deal (a multiplicative hash), never empty.
    const part = ((Math.imul(d + 1, 2654435761) >>> 0) % full) + 1;
    for (const mask of [full, part]) {
      const terms = Object.fromEntries(Object.entries(all).filter((_, i) => (mask >> i) & 1));
      let game = start;
      for (const move of [
        { kind: 'propose', terms },
        { kind: 'accept' },
        { kind: 'endCall' },
      ] as Move[]) {
        if (game.result || !isLegal(scenario, game, game.turn, move)) break;
        game = applyMove(scenario, game, game.turn, move);
      }
      if (game.result) record(game);
    }
    if (done()) return;
  }
}

/**
 * What the search treats as the same situation, as a short string: one
 * character a field (the side to move, the minute, each issue's settlement and
 * the standing offer's terms in the scenario's order, each meter's band, each
 * count up to two), then the evidence used and red lines voiced. Every key a
 * search makes is hashed by its set of seen situations: keys spelled out in
 * words made the search about a tenth slower. The fields before the evidence
 * have a fixed length (an offer's absence is one character no side's index
 * can be), so two situations never share a key.
 */
function situationKeys(scenario: Scenario, band: number): (g: GameState) => string {
  const sides = scenario.sides.map((s) => s.id);
  const issues = scenario.issues.map((issue) => ({
    id: issue.id,
    // 0: not settled (or not in the offer); then the options in order; then deferred.
    code: new Map<string, string>([
      ...issue.options.map((o, i): [string, string] => [o.id, char(i + 1)]),
      [DEFERRED, char(issue.options.length + 1)],
    ]),
  }));
  const meters = scenario.meters.map((m) => m.id);
  /** Each issue's settlement in some terms, in the scenario's order. */
  const termsKey = (terms: Terms): string => {
    let key = '';
    for (const issue of issues) key += issue.code.get(terms[issue.id] ?? '') ?? char(0);
    return key;
  };
  return (g) => {
    let key = char(sides.indexOf(g.turn)) + char(Math.floor(g.clock / 60)) + termsKey(g.settled);
    key += g.standing ? char(sides.indexOf(g.standing.by)) + termsKey(g.standing.terms) : '-';
    for (const m of meters) key += char(Math.floor((g.meters[m] ?? 0) / band) + 8);
    for (const side of sides) {
      const counts = g.counts[side];
      for (const kind of COUNTED_MOVES) key += char(Math.min(2, counts?.[kind] ?? 0));
    }
    if (g.evidenceUsed.length > 0) key += `|${g.evidenceUsed.join(',')}`;
    if (g.redLinesInvoked.length > 0)
      key += `|${g.redLinesInvoked.map((r) => `${r.side}:${r.issue}=${r.option}`).join(',')}`;
    return key;
  };
}

/** A small number as one character (past the control characters). */
const char = (n: number): string => String.fromCharCode(48 + n);

/** An empty range, or one no meter (0–100) or count can meet. */
function emptyRange(r: { atLeast?: number; atMost?: number }, max: number): boolean {
  const low = r.atLeast ?? 0;
  const high = r.atMost ?? max;
  return low > high || low > max || high < 0;
}

/** True when a condition can never hold, from its ranges alone (false when unsure: never a guess). */
function cannotHold(c: Condition, issues: number): boolean {
  if ('all' in c) return c.all.some((x) => cannotHold(x, issues));
  if ('any' in c) return c.any.every((x) => cannotHold(x, issues));
  if ('meter' in c) return emptyRange(c, 100);
  if ('agreed' in c) return emptyRange(c.agreed, issues);
  if ('moves' in c) return emptyRange(c, Infinity);
  return false;
}
