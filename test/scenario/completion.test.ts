import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  cursorContext,
  definedIds,
  describeField,
  suggestionsAt,
} from '../../src/scenario/completion.ts';

/** The text with "|" marking the cursor. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  const context = cursorContext(text, offset);
  return { text, context };
}

describe('cursorContext', () => {
  it('finds the block of a field typed in a nested list item', () => {
    const { context } = at(
      'issues:\n  - id: aid\n    options:\n      - id: none\n        label: x\n        val|',
    );
    expect(context).toMatchObject({
      kind: 'key',
      path: ['issues', 0, 'options', 0],
      prefix: 'val',
    });
  });

  it("reads lists written at their parent field's indentation", () => {
    const { context } = at('sides:\n- id: mexico\n  country: Mexico\n- id: usa\n  lea|');
    expect(context).toMatchObject({ kind: 'key', path: ['sides', 0], prefix: 'lea' });
  });

  it('knows a new list item is an item of the list above', () => {
    const { context } = at('meters:\n  - id: pressure\n  - |');
    expect(context).toMatchObject({ kind: 'key', path: ['meters', 0], prefix: '' });
  });

  it('gives the field whose value is typed', () => {
    const { context } = at('endings:\n  - id: deal\n    tone: pos|');
    expect(context).toMatchObject({
      kind: 'value',
      path: ['endings', 0],
      key: 'tone',
      prefix: 'pos',
    });
  });

  it('is at the top of the file for an unindented line', () => {
    expect(at('id: x\nti|').context).toMatchObject({ kind: 'key', path: [], prefix: 'ti' });
  });

  it('gives up inside free text', () => {
    expect(at('summary: A long text, with| commas').context).toBeNull();
  });
});

describe('suggestionsAt', () => {
  it('offers the top-level fields with their descriptions', () => {
    const { text, context } = at('id: x\n|');
    const labels = (context ? suggestionsAt(text, context) : []).map((s) => s.label);
    expect(labels).toEqual(
      expect.arrayContaining(['title', 'sides', 'issues', 'meters', 'endings']),
    );
    const issues = (context ? suggestionsAt(text, context) : []).find((s) => s.label === 'issues');
    expect(issues?.detail).toBe('list');
    expect(issues?.description).toMatch(/issues on the table/);
    expect(issues?.apply).toBe('issues:\n');
  });

  it("offers an option's fields inside an issue's options", () => {
    const { text, context } = at('issues:\n  - id: aid\n    options:\n      - id: none\n        |');
    const labels = (context ? suggestionsAt(text, context) : []).map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['label', 'values', 'effects']));
    expect(labels).not.toContain('sides');
  });

  it('offers the fixed choices of a field', () => {
    const { text, context } = at('endings:\n  - id: deal\n    tone: |');
    expect((context ? suggestionsAt(text, context) : []).map((s) => s.label)).toEqual(
      expect.arrayContaining(['good', 'mixed', 'bad']),
    );
  });

  it('offers the ids defined in the file where an id is wanted', () => {
    const file = readFileSync('scenarios/2026-01-12-sheinbaum-trump-call.yaml', 'utf8');
    const { text, context } = at(`${file}\nfirstSpeaker: |`);
    expect((context ? suggestionsAt(text, context) : []).map((s) => s.label)).toEqual([
      'mexico',
      'us',
    ]);
    const meters = definedIds(file).meters;
    expect(meters.length).toBeGreaterThan(1);
    const effects = at(`${file}\nmoves:\n  firm:\n    effects:\n      |`);
    expect(
      (effects.context ? suggestionsAt(effects.text, effects.context) : []).map((s) => s.label),
    ).toEqual(meters);
  });

  it('describes a field from the schema', () => {
    expect(describeField([], 'callMinutes')).toMatch(/How long the call lasts/);
  });
});
