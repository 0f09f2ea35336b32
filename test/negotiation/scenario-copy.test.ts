// A teacher's own scenario travels with its results: the copy a result file or
// a link carries opens it on any page of the game, the content hash proves it
// is the scenario played, and a damaged or hostile copy is refused in words.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  copyIn,
  MAX_UNPACKED_BYTES,
  packScenario,
  readScenarioCopy,
  unpackCopy,
} from '../../src/negotiation/scenario-copy.ts';
import {
  readResult,
  resultFileText,
  resultFragment,
  resultLinkParam,
  type GameResult,
} from '../../src/negotiation/result.ts';
import { scenarioHash } from '../../src/scenario/hash.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { createClassStore } from '../../src/store/class-store.ts';
import { readFileSync } from 'node:fs';
import { repoPath, tiny } from '../helpers.ts';
import { realResult } from './hostile-results.ts';
import { en } from '../../src/messages/en.ts';

/** A teacher's scenario that kept the id of one the page has, with other content. */
const teachers: Scenario = { ...tiny(), title: 'Tiny talks, my way', callMinutes: 9 };
const bundled = tiny();
const withCopy = (r: GameResult): GameResult => ({ ...r, scenarioCopy: packScenario(teachers) });
const played = withCopy(realResult(teachers, 'Ana'));
const link = (r: GameResult, copy?: string) =>
  `https://school.example/debrief.html#${resultFragment(resultLinkParam(r, teachers), copy)}`;

describe("a teacher's scenario carried by its results", () => {
  it('packs a scenario and reads it back with the same content hash', () => {
    const copy = packScenario(teachers);
    expect(copy).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = readScenarioCopy(copy, en);
    expect(back && scenarioHash(back)).toBe(scenarioHash(teachers));
  });

  it('opens a result file or a link that carries its scenario, never taking the bundled one of that id', () => {
    expect(scenarioHash(teachers)).not.toBe(scenarioHash(bundled));
    for (const input of [resultFileText(played), link(played, played.scenarioCopy)]) {
      const check = readResult(input, [bundled], en);
      expect(check.ok && check.fromCopy).toBe(true);
      expect(check.ok && check.scenario.title).toBe('Tiny talks, my way');
    }
    // Without the copy the page says what to do; with it but another version, it says that.
    const bare = readResult(link(played), [bundled], en);
    expect(bare).toMatchObject({ ok: false, message: expect.stringContaining('another version') });
    expect(readResult(link(played), [], en)).toMatchObject({
      ok: false,
      message: expect.stringContaining('add that scenario’s file (.yaml) too'),
    });
  });

  it('a copy that is not the scenario played (another version, damaged) is refused', () => {
    const other = { ...played, scenarioCopy: packScenario({ ...teachers, callMinutes: 11 }) };
    expect(readResult(resultFileText(other), [], en)).toMatchObject({
      ok: false,
      message: expect.stringContaining('another version'),
    });
    const damaged = { ...played, scenarioCopy: `${played.scenarioCopy?.slice(0, 100) ?? ''}x` };
    expect(readResult(resultFileText(damaged), [], en)).toMatchObject({
      ok: false,
      message: 'the copy of its scenario ("tiny") that it carries is damaged or is not a scenario',
    });
  });

  it('still reads the result files and links of a scenario the page has, written as before copies', () => {
    const file = readFileSync(
      repoPath('test/fixtures/results/ana-fixture-tiny.standoff.json'),
      'utf8',
    );
    const link = readFileSync(repoPath('test/fixtures/results/ana-fixture-tiny.link.txt'), 'utf8');
    expect(file).not.toContain('scenarioCopy');
    for (const input of [file, link]) {
      const check = readResult(input, [bundled], en);
      expect(check.ok && !check.fromCopy && check.result.student).toBe('Ana Fixture');
    }
    const store = createClassStore([bundled], en);
    store.getState().actions.addInputs([{ source: 'ana.json', text: file }]);
    expect(Object.keys(store.getState().results)).toEqual(['tiny']);
  });

  it('never throws on hostile copies: random text, bombs, valid deflate of junk', () => {
    const bomb = btoa(
      String.fromCharCode(...deflateSync(new Uint8Array(MAX_UNPACKED_BYTES + 10), { level: 9 })),
    )
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(unpackCopy(bomb)).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (s, bytes) => {
        expect(readScenarioCopy(s, en)).toBeNull();
        const junk = btoa(String.fromCharCode(...deflateSync(bytes)))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
        expect(readScenarioCopy(junk, en)).toBeNull();
        const check = readResult(resultFileText({ ...played, scenarioCopy: junk || 'a' }), [], en);
        expect(check.ok).toBe(false);
        expect(copyIn(s) === null || typeof copyIn(s) === 'string').toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('the class page pools them apart from the bundled scenario, and reads links again once the scenario file comes', () => {
    const store = createClassStore([bundled], en);
    const other = withCopy(realResult(teachers, 'Bo'));
    const added = store.getState().actions.addInputs([
      { source: 'ana.json', text: resultFileText(played) },
      { source: 'link 1', text: link(other) },
      { source: 'bundled.json', text: resultFileText(realResult(bundled, 'Cy')) },
    ]);
    expect(added).toEqual({ added: 2, refused: 1, duplicates: 0 });
    const key = `tiny@${scenarioHash(teachers)}`;
    expect(Object.keys(store.getState().results).sort()).toEqual(['tiny', key]);
    expect(store.getState().actions.copyFor(key)).toBe(packScenario(teachers));
    expect(store.getState().actions.copyFor('tiny')).toBeUndefined();
    // The teacher adds the scenario's file: the link refused for want of it is read again.
    expect(store.getState().actions.addScenario(teachers)).toMatchObject({ added: 1 });
    expect(store.getState().rejected).toEqual([]);
    expect(store.getState().results[key]?.map((r) => r.student)).toEqual(['Ana', 'Bo']);
  });
});
