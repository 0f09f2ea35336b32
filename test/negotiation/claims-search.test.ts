// The claims search (src/negotiation/analysis/claims-search.ts) finds games
// that reach an ending and deny what it claims, even many moves deep: here
// the default scenario with one claim made untrue in a way only such a game
// shows. Each game found replays through the call machine, as a student's call
// would, to that ending, and is as short as it goes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { searchEndings } from '../../src/negotiation/analysis/reachability.ts';
import { deniedClaims, outcomeOf } from '../../src/negotiation/endings.ts';
import { replayMoves } from '../../src/negotiation/replay.ts';
import type { LoggedMove } from '../../src/negotiation/types.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { en } from '../../src/messages/en.ts';
import { DEFAULT_SCENARIO, repoPath } from '../helpers.ts';

type Doc = { endings: { id: string; claims: Record<string, unknown> }[] };

/** The default scenario with one ending's claims changed. */
function defaultWith(ending: string, change: (claims: Record<string, unknown>) => void): Scenario {
  const doc = parse(readFileSync(repoPath(DEFAULT_SCENARIO), 'utf8')) as Doc;
  const found = doc.endings.find((e) => e.id === ending);
  if (!found) throw new Error(`no ending "${ending}"`);
  change(found.claims);
  const r = loadScenario('changed.yaml', stringify(doc), en);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.scenario;
}

/** The game these moves play through the call machine (both sides human), and how many it refused. */
function played(s: Scenario, path: readonly LoggedMove[]) {
  const [a, b] = s.sides;
  const settings = {
    seed: 0,
    difficulty: 'normal' as const,
    controllers: { [a?.id ?? '']: 'human' as const, [b?.id ?? '']: 'human' as const },
  };
  const events = [
    { type: 'answer' as const },
    { type: 'proceed' as const },
    ...path.map((l) => ({ type: 'move' as const, side: l.side, move: l.move })),
  ];
  return replayMoves(s, { scenario: s.id, settings, events });
}

/** Whether these moves are a whole legal call that reaches the ending and denies its claims. */
function contradicts(s: Scenario, ending: string, path: readonly LoggedMove[]): boolean {
  const { final, refused } = played(s, path);
  const claims = s.endings.find((e) => e.id === ending)?.claims;
  return (
    refused === 0 &&
    final.result?.ending === ending &&
    deniedClaims(s, claims, outcomeOf(final)).length > 0
  );
}

// Each a claim the bundled file does not make, denied only by games deeper than a
// breadth-first search of 20,000 states (the check's search until December 2026) reached.
const UNTRUE: [
  ending: string,
  change: (claims: Record<string, unknown>) => void,
  denied: string,
][] = [
  // "Historical" lets in pressure up to 80: a respectful call the US pushes hard.
  ['historical', (c) => (c.meters = { pressure: { atMost: 60 } }), 'meters.pressure'],
  // A give-away deal with trust fallen below 50.
  ['sovereignty-given-away', (c) => (c.meters = { trust: { atLeast: 50 } }), 'meters.trust'],
];

describe.each(UNTRUE)('an untrue claim of "%s"', (ending, change, denied) => {
  const s = defaultWith(ending, change);
  const found = searchEndings(s).contradictions[ending];

  it('is found, with the claim the game denies', () => {
    expect(found?.denied).toContain(denied);
  });

  it('by a game that replays through the call machine to that ending and denies it', () => {
    expect(contradicts(s, ending, found?.path ?? [])).toBe(true);
  });

  it('as short as it goes: dropping any one move, or two in a row, leaves no such game', () => {
    const path = found?.path ?? [];
    for (const width of [1, 2])
      for (let at = 0; at + width <= path.length; at++) {
        const shorter = [...path.slice(0, at), ...path.slice(at + width)];
        expect(contradicts(s, ending, shorter), `moves ${at}–${at + width - 1}`).toBe(false);
      }
  });

  it('the same game every time (seeded)', () => {
    expect(searchEndings(s).contradictions[ending]).toEqual(found);
  });
});

describe('the bundled default scenario', () => {
  it('tells the truth: the claims search finds no game that denies an ending', () => {
    const s = defaultWith('historical', () => undefined);
    expect(searchEndings(s).contradictions).toEqual({});
  });
});

describe('a scenario with many claims and long calls', () => {
  it('is searched within its budget of moves, the aims sharing it', () => {
    const doc = parse(readFileSync(repoPath(DEFAULT_SCENARIO), 'utf8')) as Doc & {
      callMinutes: number;
      meters: { id: string }[];
    };
    doc.callMinutes = 120;
    // Every ending claims every meter within 0–100 (true of every game): two aims a meter.
    for (const ending of doc.endings)
      ending.claims = {
        ...ending.claims,
        meters: Object.fromEntries(doc.meters.map((m) => [m.id, { atLeast: 0, atMost: 100 }])),
      };
    const r = loadScenario('long.yaml', stringify(doc), en);
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
    const aims = doc.endings.length * doc.meters.length * 2;
    const result = searchEndings(r.scenario, { claimMoves: 6000 });
    expect(result.contradictions).toEqual({});
    // Each aim's share (6,000 ÷ aims) is spent within its first game of a two-hour call.
    expect(result.claimGames).toBe(aims);
  });
});
