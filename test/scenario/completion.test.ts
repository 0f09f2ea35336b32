import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  cursorContext,
  definedIds,
  describeField,
  suggestionsAt,
} from '../../src/scenario/completion.ts';
import { STARTER_SCENARIO } from '../../src/scenario/starter.ts';

/** The text with "|" marking the cursor. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  const context = cursorContext(text, offset);
  return { text, context };
}

/** The starter with `find` replaced by `marked` ("|" is the cursor), and its suggestions. */
const inStarter = (find: string, marked: string) => {
  expect(STARTER_SCENARIO).toContain(find);
  const { text, context } = at(STARTER_SCENARIO.replace(find, marked));
  return { context, labels: (context ? suggestionsAt(text, context) : []).map((s) => s.label) };
};

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

describe('inside a flow mapping { … } (where the starter writes most values)', () => {
  it("offers a side's id not yet written in `values: { … }`", () => {
    const { context, labels } = inStarter(
      'values: { highland: 90, lowland: 10 }',
      'values: { highland: 90, l| }',
    );
    expect(context).toMatchObject({
      kind: 'key',
      path: ['issues', 0, 'options', 0, 'values'],
      prefix: 'l',
      flow: true,
    });
    expect(labels).toEqual(['lowland']);
  });

  it('offers the fields not yet written, also those after the cursor', () => {
    const before = inStarter('{ issue: dam, option: no-dam, public: true }', '{ issue: dam, | }');
    expect(before.context).toMatchObject({ path: ['sides', 0, 'redLines', 0], kind: 'key' });
    expect(before.labels).toEqual(['option', 'public']);
    const after = inStarter(
      '{ issue: dam, option: no-dam, public: true }',
      '{ |, option: no-dam, public: true }',
    );
    expect(after.labels).toEqual(['issue']);
  });

  it('offers only the options of the issue named in the same mapping', () => {
    const { context, labels } = inStarter(
      '{ issue: dam, option: no-dam, public: true }',
      '{ issue: dam, option: |, public: true }',
    );
    expect(context).toMatchObject({ kind: 'value', key: 'option', siblings: { issue: 'dam' } });
    expect(labels).toEqual(['no-dam', 'dam-inspected', 'dam-now']);
    // With no issue written yet, every option of the file.
    expect(
      inStarter('{ issue: dam, option: no-dam, public: true }', '{ option: | }').labels,
    ).toEqual(['little', 'fair-share', 'most', 'no-dam', 'dam-inspected', 'dam-now']);
  });

  it('offers the meters not yet changed in `effects: { … }`', () => {
    const { labels } = inStarter('effects: { tension: 10 }', 'effects: { tension: 10, | }');
    expect(labels).toEqual(['trust']);
  });

  it('offers the fixed choices of a field inside a nested mapping', () => {
    const tone = inStarter('    tone: bad\n', '    tone: { highland: good, lowland: | }\n');
    expect(tone.context).toMatchObject({ kind: 'value', path: ['endings', 0, 'tone'] });
    expect(tone.labels).toEqual(expect.arrayContaining(['good', 'mixed', 'bad']));
    const ended = inStarter('when: { ended: threshold }', 'when: { not: { ended: ti| } }');
    expect(ended.context).toMatchObject({
      kind: 'value',
      path: ['endings', 0, 'when', 'not'],
      key: 'ended',
      prefix: 'ti',
    });
    expect(ended.labels).toEqual(expect.arrayContaining(['time', 'hang-up', 'threshold']));
  });

  it('inserts a field on the same line, never with a new line', () => {
    const { text, context } = at('meters:\n  - { id: trust, | }');
    const endsAt = (context ? suggestionsAt(text, context) : []).find((s) => s.label === 'endsAt');
    expect(endsAt?.apply).toBe('endsAt: ');
    expect(context ? suggestionsAt(text, context).map((s) => s.label) : []).not.toContain('id');
  });

  it('gives up inside quotes and comments', () => {
    expect(at("    highland: ['Hello, {other|").context).toBeNull();
    expect(at('    values: { a: 1 } # a { b|').context).toBeNull();
  });
});

describe('fields already written in a block', () => {
  it('are not offered again, whether above or below the cursor', () => {
    const { text, context } = at(
      'issues:\n  - id: aid\n    name: Aid\n    |\n    options:\n      - id: a\n  - id: b\n    question: q\n',
    );
    expect(context).toMatchObject({ kind: 'key', path: ['issues', 0] });
    expect([...(context?.written ?? [])].sort()).toEqual(['id', 'name', 'options']);
    const labels = (context ? suggestionsAt(text, context) : []).map((s) => s.label);
    expect(labels).toContain('weights');
    expect(labels).toContain('question'); // written in another issue, not this one
    expect(labels).not.toContain('name');
    expect(labels).not.toContain('options');
  });

  it('narrows an option to its issue in a block mapping too', () => {
    const { text, context } = at(`${STARTER_SCENARIO}\nextra:\n  - issue: water\n    option: |`);
    expect((context ? suggestionsAt(text, context) : []).map((s) => s.label)).toEqual([
      'little',
      'fair-share',
      'most',
    ]);
  });
});

describe('a file with a half-typed line', () => {
  it('still offers the ids defined after that line', () => {
    const broken = STARTER_SCENARIO.replace(
      'followUpTalks: the river commission next month',
      'followUp',
    );
    const { text, context } = at(
      broken.replace('effects: { tension: 10 }', 'effects: { tension: 10, t| }'),
    );
    expect((context ? suggestionsAt(text, context) : []).map((s) => s.label)).toEqual(['trust']);
  });
});

describe('inside a list [ … ] on one line', () => {
  it("offers the options of the condition's issue not yet listed, and deferred or open", () => {
    const { context, labels } = inStarter(
      'when: { agreed: { atLeast: 2 } }',
      'when: { issue: dam, is: [no-dam, | ] }',
    );
    expect(context).toMatchObject({ kind: 'value', key: 'is', path: ['endings', 0, 'when'] });
    expect(labels).toEqual(['dam-inspected', 'dam-now', 'deferred', 'open']);
  });

  it('offers the choices of a field not yet listed', () => {
    const { labels } = inStarter('when: { ended: threshold }', 'when: { ended: [hang-up, t|] }');
    expect(labels).toEqual(['agreement', 'time', 'threshold']);
  });

  it('offers the issues not yet listed in a claim', () => {
    const { labels } = inStarter('claims: { settled: all }', 'claims: { settled: [water, |] }');
    expect(labels).toEqual(['dam']);
  });
});
