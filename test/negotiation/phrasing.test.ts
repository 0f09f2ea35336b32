// The words of the call are written, not assembled: a package is one sentence,
// no option's button label is dropped into speech mid-sentence, no speaker
// repeats a line of their last three while the bank has another, an offer made
// again or answered unchanged gets its own words, the checker suggests
// writing `says:`, and the debrief calls a leader "she", "he" or by name.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, loadOrThrow, settings, tiny } from '../helpers.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { localiseScenario } from '../../src/scenario/localise.ts';
import { playToEnd } from '../../src/negotiation/replay.ts';
import { simulationSettings } from '../../src/negotiation/simulate.ts';
import { applyMove, newGame, openCall } from '../../src/negotiation/moves/index.ts';
import { linesFor, NO_REPEAT, pickLine, renderUtterance } from '../../src/negotiation/dialogue.ts';
import { lowerFirst, opensSentence, speakTerms } from '../../src/negotiation/phrasing.ts';
import { Rng } from '../../src/negotiation/random.ts';
import { deepCheck } from '../../src/negotiation/analysis/scenario-check.ts';
import { debriefOf } from '../../src/negotiation/analysis/debrief.ts';
import type { GameState, Terms, Utterance } from '../../src/negotiation/types.ts';
import { en } from '../../src/messages/en.ts';
import { es } from '../../src/messages/es.ts';

const SCENARIOS = [DEFAULT_SCENARIO, 'scenarios/2019-06-us-mexico-tariff-migration.yaml'];
const LANGUAGES = [
  { lang: 'en', catalogue: en },
  { lang: 'es', catalogue: es },
] as const;

const lines = (game: GameState) => game.transcript.filter((e): e is Utterance => e.kind === 'line');

describe('a package', () => {
  it('is spoken as one sentence, in English and in Spanish', () => {
    const s = loadOrThrow(DEFAULT_SCENARIO);
    const terms: Terms = {
      military: 'intel-training',
      fentanyl: 'labs-extraditions',
      tariffs: 'suspended-review',
    };
    expect(speakTerms(s, terms, en)).toBe(
      "US forces train Mexico's forces and share intelligence, Mexico dismantles more labs and extradites cartel leaders, and the tariff threat is suspended while we review results",
    );
    expect(speakTerms(localiseScenario(s, 'es'), terms, es)).toBe(
      'fuerzas de EE. UU. capacitan a las fuerzas mexicanas y comparten inteligencia, México desmantela más laboratorios y extradita a líderes de los cárteles, y la amenaza de aranceles se suspende mientras revisamos los resultados',
    );
    expect(speakTerms(s, { military: 'none', tariffs: 'deferred' }, en)).toBe(
      'Mexico fights the cartels on its own and we leave the tariff threat to the security talks of 22–23 January',
    );
  });

  it('makes mid-sentence phrases from labels when a file has no says:', () => {
    expect(lowerFirst('Intelligence and training')).toBe('intelligence and training');
    expect(lowerFirst('US strikes')).toBe('US strikes');
    expect(lowerFirst('National Guard to the south')).toBe('National Guard to the south');
    expect(speakTerms(tiny(), { fence: 'middle', tree: 'trim' }, en)).toBe('middle and trim it');
  });
});

describe('in simulated games of both bundled scenarios, in both languages', () => {
  for (const file of SCENARIOS)
    for (const { lang, catalogue } of LANGUAGES)
      it(`no label is spoken mid-sentence and no line repeats within three (${file}, ${lang})`, () => {
        const s: Scenario = localiseScenario(loadOrThrow(file), lang);
        const labels = [
          ...s.issues.flatMap((i) => i.options.map((o) => o.label)),
          ...s.evidence.map((e) => e.label),
        ];
        let checked = 0;
        for (let i = 0; i < 40; i++) {
          const { game } = playToEnd(s, simulationSettings(s, `words-${lang}`, i));
          const said = lines(game);
          said.forEach((u, k) => {
            const text = renderUtterance(s, u, catalogue).text;
            for (const label of labels) {
              let at = text.indexOf(label);
              while (at >= 0) {
                expect(opensSentence(text.slice(0, at)), `"${label}" in "${text}"`).toBe(true);
                at = text.indexOf(label, at + 1);
              }
            }
            const recent = said
              .slice(0, k)
              .filter((x) => x.speaker === u.speaker)
              .slice(-NO_REPEAT);
            const bank = linesFor(s, u.situation as never, u.speaker).length;
            const repeated = recent.some((r) => r.situation === u.situation && r.line === u.line);
            const others = recent.filter((r) => r.situation === u.situation).length;
            if (repeated) expect(others, text).toBeGreaterThanOrEqual(bank);
            expect(text).not.toMatch(/; |\{\w+\}/);
            checked++;
          });
        }
        expect(checked).toBeGreaterThan(400);
      });
});

describe('picking a line', () => {
  it('skips the speaker’s last lines, and draws the generator exactly once as before', () => {
    const s = loadOrThrow(DEFAULT_SCENARIO);
    const recent = [
      { situation: 'propose', line: 0 },
      { situation: 'propose', line: 1 },
    ];
    for (let seed = 1; seed < 50; seed++) {
      const a = new Rng(seed);
      const b = new Rng(seed);
      expect(pickLine(s, 'propose', 'us', a, recent)).toBe(2);
      b.float();
      expect(a.state).toBe(b.state);
      // A situation told apart from its move ("repeat" of a "propose") draws as the move did.
      const c = new Rng(seed);
      pickLine(s, 'repeat', 'us', c, [], 'propose');
      expect(c.state).toBe(b.state);
    }
  });

  it('answers an offer made again, and an unchanged offer, with their own words', () => {
    const s = loadOrThrow(DEFAULT_SCENARIO);
    const human = settings(s, { seed: 3, controllers: { mexico: 'human', us: 'human' } });
    let g = openCall(s, newGame(s, human));
    const theirs: Terms = { military: 'joint-ops', fentanyl: 'labs-extraditions' };
    const mine: Terms = { military: 'none', fentanyl: 'seizures-precursors' };
    g = applyMove(s, g, 'us', { kind: 'propose', terms: theirs });
    g = applyMove(s, g, 'mexico', { kind: 'propose', terms: mine });
    expect(lines(g).at(-1)?.situation).toBe('counter');
    g = applyMove(s, g, 'us', { kind: 'propose', terms: theirs });
    expect(lines(g).at(-1)?.situation).toBe('repeat');
    g = applyMove(s, g, 'mexico', { kind: 'propose', terms: mine });
    expect(lines(g).at(-1)?.situation).toBe('unmoved');
    // Mexico made the same offer twice: the US answers it as unchanged, even with a new offer.
    const changed: Terms = { military: 'intel-training', fentanyl: 'labs-extraditions' };
    g = applyMove(s, g, 'us', { kind: 'propose', terms: changed });
    expect(lines(g).at(-1)?.situation).toBe('unmoved');
    // The US moved: a new offer from Mexico answers it as a changed offer.
    g = applyMove(s, g, 'mexico', { kind: 'propose', terms: { military: 'intel-training' } });
    expect(lines(g).at(-1)?.situation).toBe('counter');
  });

  it('falls back on the catalogue’s words when a file has no lines for a repeated offer', () => {
    const s = tiny();
    const both = settings(s, {
      seed: 1,
      controllers: Object.fromEntries(s.sides.map((x) => [x.id, 'human'])),
    });
    const [a, b] = s.sides.map((x) => x.id) as [string, string];
    let g = openCall(s, newGame(s, both));
    if (g.turn !== a) g = applyMove(s, g, g.turn, { kind: 'statement', tone: 'respectful' });
    g = applyMove(s, g, a, { kind: 'propose', terms: { fence: 'middle' } });
    g = applyMove(s, g, b, { kind: 'statement', tone: 'firm' });
    g = applyMove(s, g, a, { kind: 'propose', terms: { fence: 'middle' } });
    const u = lines(g).at(-1);
    expect(u?.situation).toBe('repeat');
    expect(u && renderUtterance(s, u, en).text).toBe('My offer has not changed: middle.');
  });
});

describe('the checker', () => {
  // The says: findings come from the file alone: no sample, and a search cut at its first state.
  const fileOnly = { sampleGames: 0, search: { maxStates: 1, maxPlans: 1 } };

  it('suggests writing says: for options that have none, in the catalogue’s words', () => {
    const findings = deepCheck(tiny(), en, fileOnly).findings.filter((f) =>
      f.message.includes('says:'),
    );
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ severity: 'warning', path: ['issues', 0, 'options'] });
    for (const file of SCENARIOS)
      expect(
        deepCheck(loadOrThrow(file), en, fileOnly).findings.filter((f) =>
          f.message.includes('says:'),
        ),
      ).toEqual([]);
  });
});

describe('the debrief', () => {
  it('calls the computer leader "she" or "he", never "it", in both languages', () => {
    for (const [side, word, palabra] of [
      ['mexico', ' he ', ' él '],
      ['us', ' she ', ' ella '],
    ] as const) {
      const s = loadOrThrow(DEFAULT_SCENARIO);
      const { record } = playToEnd(s, settings(s, { seed: 7 }, side), (g) => ({
        type: 'move',
        side,
        move: g.log.length < 6 ? { kind: 'statement', tone: 'respectful' } : { kind: 'endCall' },
      }));
      const english = debriefOf(s, record, side, en).strategy;
      const text = [english?.tactic, ...(english?.moments ?? []).map((m) => m.text)].join(' ');
      expect(text).toContain(word);
      expect(text).not.toMatch(/\bit (accepted|rejected|held|gave|hung)|made it /);
      const spanish = debriefOf(localiseScenario(s, 'es'), record, side, es).strategy;
      expect(spanish?.tactic).toContain(palabra.trim());
    }
  });

  it('names a leader whose scenario gives no pronoun', () => {
    const s = tiny();
    const other = s.sides[1];
    expect(other?.pronoun).toBeUndefined();
    const { record } = playToEnd(s, settings(s, { seed: 2 }, s.sides[0]?.id));
    const strategy = debriefOf(s, record, s.sides[0]?.id ?? '', en).strategy;
    expect(strategy?.tactic).toContain(other?.leader ?? '?');
  });
});
