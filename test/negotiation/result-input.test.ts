import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_LENGTH,
  readResult,
  resultFileText,
  resultLinkParam,
  type GameResult,
} from '../../src/negotiation/result.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { tiny } from '../helpers.ts';
import { hostileInput, isWorded, mutatedFile, realResult, wellFormed } from './hostile-results.ts';
import { en } from '../../src/messages/en.ts';

const scenario = tiny();
const scenarios: Scenario[] = [scenario];
const result = realResult(scenario);
const file = JSON.parse(resultFileText(result)) as Record<string, unknown>;
/** The result file's text with some fields replaced, written as raw JSON text. */
const withRaw = (raw: Record<string, string>) => {
  let text = JSON.stringify({
    ...file,
    ...Object.fromEntries(Object.keys(raw).map((k) => [k, `@${k}@`])),
  });
  for (const [k, v] of Object.entries(raw)) text = text.replace(`"@${k}@"`, v);
  return text;
};

describe('reading a result defensively', () => {
  it('refuses a lone surrogate in any string, in words', () => {
    for (const text of [
      withRaw({ student: '"\\ud800"' }),
      withRaw({ side: '"\\udfff"' }),
      withRaw({ scenario: `{"id":"tiny","title":"\\ud800","hash":"${result.scenario.hash}"}` }),
      `${resultLinkParam(result, scenario)}\ud800`,
    ]) {
      const check = readResult(text, scenarios, en);
      expect(check.ok, text).toBe(false);
      if (!check.ok) expect(isWorded(check.message), check.message).toBe(true);
    }
  });

  it('never calls into a value from the file: toString, valueOf and __proto__ are refused', () => {
    for (const text of [
      withRaw({ version: '{"toString": 1}' }),
      withRaw({ version: '{"valueOf": 1, "toString": 1}' }),
      withRaw({ format: '{"toString": 1}' }),
      withRaw({ seed: '{"valueOf": 1}' }),
      withRaw({ controllers: '{"__proto__": {"south": "human"}, "north": "computer"}' }),
      withRaw({ controllers: '{"__proto__": "human", "north": "computer", "south": "human"}' }),
      withRaw(JSON.parse('{"__proto__": "{\\"student\\": \\"x\\"}"}') as Record<string, string>),
      withRaw({ toString: '1' }),
      '{"__proto__": {"format": "standoff-result", "version": 1}}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
    ]) {
      const check = readResult(text, scenarios, en);
      expect(check.ok, text).toBe(false);
      if (!check.ok) expect(isWorded(check.message), `${text}\n${check.message}`).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('student');
  });

  it('takes a name with "r=" or "#" in a bare link parameter for a name, not a link', () => {
    for (const student of ['Ana r=1', 'r=~x', 'Bo#r=2', 'https://x/?r=1']) {
      const named: GameResult = { ...result, student };
      const check = readResult(resultLinkParam(named, scenario), scenarios, en);
      expect(check, student).toMatchObject({ ok: true, result: { student } });
    }
  });

  it('reads results and links of earlier versions as before', () => {
    const param = resultLinkParam(result, scenario);
    for (const text of [
      resultFileText(result),
      param,
      `https://school.example/standoff/?r=${encodeURIComponent(param)}`,
      `https://school.example/standoff/debrief.html#r=${encodeURIComponent(param)}`,
      `debrief.html#r=${encodeURIComponent(param)}`,
    ])
      expect(readResult(text, scenarios, en), text).toMatchObject({ ok: true, result });
  });

  it('cuts a long name in a link to the longest a file may hold', () => {
    const check = readResult(
      `${resultLinkParam(result, scenario)}${'x'.repeat(200)}`,
      scenarios,
      en,
    );
    expect(check.ok && check.result.student.length).toBe(MAX_NAME_LENGTH);
  });

  it('never throws on arbitrary JSON, strings, files or links, and words every refusal (property)', () => {
    fc.assert(
      fc.property(hostileInput(result, scenario), (text) => {
        const check = readResult(text, scenarios, en);
        if (!check.ok) expect(isWorded(check.message), check.message).toBe(true);
        else expect(wellFormed(check.result.student)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts a mutated file only when its moves lead to what it claims (property)', () => {
    fc.assert(
      fc.property(mutatedFile(result), (text) => {
        const check = readResult(text, scenarios, en);
        if (!check.ok) {
          expect(isWorded(check.message), check.message).toBe(true);
          return;
        }
        const claimed = JSON.parse(text) as GameResult;
        expect(check.result.moves).toBe(claimed.moves);
        expect(check.result.outcome.ending).toBe(claimed.outcome.ending);
        expect(Object.getPrototypeOf(check.result.controllers)).toBe(Object.prototype);
      }),
      { numRuns: 1500 },
    );
  });
});
