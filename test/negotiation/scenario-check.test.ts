import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { REFERENCE_BOTS } from '../../bots/reference.ts';
import { deepCheck } from '../../src/negotiation/analysis/scenario-check.ts';
import { searchEndings } from '../../src/negotiation/analysis/reachability.ts';
import { replay } from '../../src/negotiation/replay.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadOrThrow, repoPath, tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';
import { es } from '../../src/messages/es.ts';

const TINY = readFileSync(repoPath('test/fixtures/valid/tiny.yaml'), 'utf8');

// The parsed YAML is untyped data that each test reshapes freely.
type Doc = {
  sides: { walkAway: number; redLines: unknown[] }[];
  endings: { when?: unknown }[];
} & Record<string, unknown>;

// An ending a red line rules out is never found, so the search runs to its bound: a small bound
// here (the default, 60,000 states, took seconds for the same finding).
const IMPOSSIBLE = { sampleGames: 0, search: { maxStates: 2000 } };

/** tiny.yaml with a change made to its parsed document. */
function tinyWith(change: (doc: Doc) => void): Scenario {
  const doc = parse(TINY) as Doc;
  change(doc);
  const r = loadScenario('changed.yaml', stringify(doc), en);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.scenario;
}

describe('reachability of endings', () => {
  it('finds a shortest sequence of real moves for every ending, which replays to that ending', () => {
    const s = tiny();
    const result = searchEndings(s);
    expect(Object.keys(result.paths).sort()).toEqual(['breakdown', 'deal', 'nothing']);
    expect(result.paths.deal).toHaveLength(2);
    for (const [ending, log] of Object.entries(result.paths)) {
      const events = [
        { type: 'answer' as const },
        { type: 'proceed' as const },
        ...log.map((l) => ({ type: 'move' as const, side: l.side, move: l.move })),
      ];
      const settings = {
        seed: 0,
        difficulty: 'normal' as const,
        controllers: { north: 'human' as const, south: 'human' as const },
      };
      expect(replay(s, { scenario: s.id, settings, events }).context.game.result?.ending).toBe(
        ending,
      );
    }
  });

  it('says why an ending can never be reached when the file shows it', () => {
    const s = tinyWith((doc) => {
      const ending = doc.endings[1];
      if (ending) ending.when = { issue: 'tree', is: ['cut'] };
    });
    const check = deepCheck(s, en, IMPOSSIBLE);
    const finding = check.findings.find((f) => f.path.join('.') === 'endings.1.when');
    expect(finding?.message).toMatch(
      /can never be reached: it needs "tree" to be "cut", which a side's red line rules out/,
    );
  });

  it('stays within its bound on a scenario of six issues of five options', () => {
    const s = loadOrThrow('test/fixtures/valid/six-by-five.yaml');
    // The check's own search, read back (one search, not two).
    const check = deepCheck(s, en, { sampleGames: 0, search: { maxStates: 20_000 } });
    expect(check.statesExplored).toBeLessThanOrEqual(20_000);
    expect(check.paths.never).toBeUndefined();
    expect(check.paths['hard-to-find']).toBeDefined();
    expect(check.paths.deal).toBeDefined();
    expect(check.findings.find((f) => f.message.includes('"never"'))?.message).toMatch(
      /cannot be at least 100 and at most 10/,
    );
  });
});

describe('the deal space checks', () => {
  it('is an error when a walk-away value is not below the best deal', () => {
    const s = tinyWith((doc) => {
      const south = doc.sides[1];
      if (south) south.walkAway = 95;
    });
    const quick = { sampleGames: 0 };
    const findings = deepCheck(s, en, quick).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ severity: 'error', path: ['sides', 1, 'walkAway'] }),
    );
  });

  it('is an error when red lines rule out every option of an issue', () => {
    const s = tinyWith((doc) => {
      const [north, south] = doc.sides;
      if (north)
        north.redLines = ['low', 'mid', 'high'].map((option) => ({ issue: 'fence', option }));
      if (south) south.redLines = [{ issue: 'fence', option: 'high' }];
    });
    expect(deepCheck(s, en, { sampleGames: 0 }).findings[0]).toMatchObject({
      severity: 'error',
      path: ['issues', 0],
      message: 'the red lines rule out every option of "fence": it can only be deferred',
    });
  });

  it('warns about an ending the sample almost always reaches', () => {
    // A one-minute call: hardly time to agree, so "nothing" is almost every game's ending.
    const check = deepCheck({ ...tiny(), callMinutes: 1 }, en, { sampleGames: 60 });
    expect(check.balance.nothing).toBeGreaterThan(0.95);
    expect(
      check.findings.some((f) =>
        f.message.includes('almost every sample game reached the ending "nothing"'),
      ),
    ).toBe(true);
    // And not about one that is not.
    const usual = deepCheck(tiny(), en, { sampleGames: 60 });
    expect(usual.balance.nothing).toBeLessThan(0.95);
    expect(usual.findings.some((f) => f.message.includes('almost every sample game'))).toBe(false);
  });

  // Smaller samples than `npm run scenario -- check` plays (300 games, up to 40 games a lesson;
  // each lesson holds here by three times its margin or more), and the check's own search:
  // `npm run bench` checks the bundled scenarios with all the check's defaults.
  it('passes the bundled scenarios with no error and no warning', () => {
    for (const file of [
      'scenarios/2026-01-12-sheinbaum-trump-call.yaml',
      'scenarios/2019-06-us-mexico-tariff-migration.yaml',
    ]) {
      const r = loadScenario(file, readFileSync(repoPath(file)), en);
      expect(r.ok).toBe(true);
      if (r.ok)
        expect(
          deepCheck(r.scenario, en, {
            players: REFERENCE_BOTS,
            lessonGames: 10,
            sampleGames: 120,
          }).findings,
        ).toEqual([]);
    }
  });
});

describe('findings in the language passed in (the editor in Spanish)', () => {
  it('says in Spanish why an ending can never be reached', () => {
    const s = tinyWith((doc) => {
      const ending = doc.endings[1];
      if (ending)
        ending.when = { any: [{ issue: 'tree', is: ['cut'] }, { agreed: { atLeast: 9 } }] };
    });
    const finding = deepCheck(s, es, IMPOSSIBLE).findings.find(
      (f) => f.path.join('.') === 'endings.1.when',
    );
    expect(finding?.message).toMatch(
      /^nunca se puede llegar al final "\w+": necesita que "tree" sea "cut", y la línea roja de un lado lo descarta; y solo hay 2 temas por acordar$/,
    );
    expect(finding?.fix).toBe('cambia la condición para que se pueda cumplir.');
  });
});

describe('endings that do not tell the truth (test/fixtures/valid/untrue-endings.yaml)', () => {
  const s = loadOrThrow('test/fixtures/valid/untrue-endings.yaml');
  const settings = {
    seed: 0,
    difficulty: 'normal' as const,
    controllers: { north: 'human' as const, south: 'human' as const },
  };

  it('finds the shortest game that reaches an ending and denies its claims, which replays to it', () => {
    const { contradictions } = searchEndings(s);
    expect(Object.keys(contradictions).sort()).toEqual(['deal', 'nothing']);
    expect(contradictions.deal).toMatchObject({ denied: ['settled'] });
    expect(contradictions.deal?.path).toHaveLength(2);
    expect(contradictions.nothing).toMatchObject({ denied: ['agreement'] });
    expect(contradictions.nothing?.path).toHaveLength(3);
    for (const [ending, found] of Object.entries(contradictions)) {
      const events = [
        { type: 'answer' as const },
        { type: 'proceed' as const },
        ...found.path.map((l) => ({ type: 'move' as const, side: l.side, move: l.move })),
      ];
      const game = replay(s, { scenario: s.id, settings, events }).context.game;
      expect(game.result?.ending).toBe(ending);
    }
  });

  it('warns about each, with the moves that lead there, in the words of the catalogue', () => {
    const quick = { sampleGames: 0 };
    const findings = deepCheck(s, en, quick).findings.filter((f) => f.path.includes('claims'));
    expect(findings.map((f) => [f.path.join('.'), f.message])).toEqual([
      [
        'endings.1.claims',
        'a game can reach the ending "deal" and contradict what it claims (settled), in 2 moves: Ana proposes Low; The tree: left to the spring meeting; Bo accepts',
      ],
      [
        'endings.2.claims',
        'a game can reach the ending "nothing" and contradict what it claims (agreement), in 3 moves: Ana proposes Keep it; Bo accepts; Ana hangs up',
      ],
    ]);
    expect(
      deepCheck(s, es, quick).findings.find((f) => f.path.includes('claims'))?.message,
    ).toMatch(
      /^una partida puede llegar al final "deal" y contradecir lo que afirma \(settled\), en 2 jugadas: /,
    );
  });

  it("warns when an ending's tone for a side does not fit what that side scores there", () => {
    const tone = deepCheck(s, en, {
      sampleGames: 120,
      search: { claimDescents: 0 },
    }).findings.filter((f) => f.path.join('.').endsWith('.tone'));
    expect(tone.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^the ending "deal" is marked bad for north, but \d+% of computer-against-computer games reaching it leave north above its walk-away value \(40\)$/,
      ),
    ]);
  });

  it('does not warn about the tiny scenario, whose endings claim nothing', () => {
    expect(searchEndings(tiny()).contradictions).toEqual({});
  });
});
