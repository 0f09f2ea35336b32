// The YAML mistakes teachers make, each applied to the starter scenario
// (test/fixtures/yaml-mistakes/): every one gets a plain message at the line of
// the mistake and a fix that, applied, makes the file load. No parser jargon.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ErrorCode, YAMLError } from 'yaml';
import { LineCounter } from 'yaml';
import { loadScenario } from '../../src/scenario/load.ts';
import {
  applyEdit,
  codeMessages,
  WORDED_CODES,
  yamlErrorProblem,
} from '../../src/scenario/yaml-problems.ts';
import { STARTER_SCENARIO } from '../../src/scenario/starter.ts';
import { en } from '../../src/messages/en.ts';
import { t } from '../../src/messages/i18n.ts';
import { es } from '../../src/messages/es.ts';
import { repoPath } from '../helpers.ts';

const DIR = repoPath('test/fixtures/yaml-mistakes');
const read = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && f !== 'hash-in-text.yaml');

/** The parser's own words, which a teacher should never be shown. */
const JARGON =
  /mapping|implicit|scalar|flow (sequence|map|collection)|compact|token|indicator|map keys|alias|anchor|directive|parseAllDocuments/i;

/** The line of the starter the mistake was made on: the first line that differs. */
function changedLine(text: string): number {
  const a = STARTER_SCENARIO.split('\n');
  const b = text.split('\n');
  // Line 1 is the fixture's own note on the mistake.
  for (let i = 1; i < b.length; i++) if (a[i] !== b[i]) return i + 1;
  return 0;
}

/** What each mistake must be called, and what its fix must say. */
const EXPECTED: Record<string, { message: RegExp; fix: RegExp; line?: number }> = {
  'colon-in-title.yaml': { message: /colon followed by a space/, fix: /double quotes/ },
  'colon-in-role.yaml': { message: /colon followed by a space/, fix: /double quotes/ },
  'colon-in-flow-text.yaml': {
    message: /colon followed by a space/,
    fix: /noun: "the dam: the big one"/,
  },
  'apostrophe-in-single-quotes.yaml': {
    message: /apostrophe/,
    fix: /twice.*double quotes: highland: \['We are neighbours\. We can''t fail\.'\]/,
  },
  'apostrophe-in-single-quotes-2.yaml': { message: /apostrophe/, fix: /It''s agreed, it''s done/ },
  'apostrophe-block-value.yaml': { message: /apostrophe/, fix: /'The river''s dispute'/ },
  'forgotten-dash-source.yaml': {
    message: /no "- " in front/,
    fix: /"- ": - title: The river atlas/,
  },
  'forgotten-dash-option.yaml': { message: /no "- " in front/, fix: /"- ": - id: fair-share/ },
  'forgotten-dash-at-column.yaml': { message: /no "- " in front/, fix: /"- ": - id: fair-share/ },
  'forgotten-dash-side.yaml': { message: /no "- " in front/, fix: /"- ": - id: lowland/ },
  'tab-indent.yaml': { message: /tab/, fix: /4 spaces/ },
  'indent-too-deep.yaml': { message: /not lined up/, fix: /4 spaces/ },
  'indent-too-shallow.yaml': { message: /not lined up/, fix: /4 spaces/ },
  'unclosed-double-quote.yaml': { message: /never closed/, fix: /title: "The river dispute"$/ },
  'unclosed-single-quote-in-list.yaml': { message: /never closed/, fix: /\['Agreed\.'\]/ },
  'unclosed-bracket.yaml': { message: /"\[" .* never closed/, fix: /of the river\]$/ },
  'unclosed-brace.yaml': { message: /"\{" .* never closed/, fix: /the dam \}$/ },
  'no-space-after-colon.yaml': { message: /no space after the colon/, fix: /callMinutes: 10/ },
  'no-space-after-dash.yaml': { message: /no space after it/, fix: /- title: A made-up/ },
  'no-colon.yaml': { message: /"country" has no colon/, fix: /country: Highland/ },
  'text-starts-with-at.yaml': { message: /starts with "@"/, fix: /"@river dispute"/ },
  'text-starts-with-backtick.yaml': { message: /starts with "`"/, fix: /"`River` dispute"/ },
  'text-starts-with-star.yaml': { message: /starts with "\*"/, fix: /"\*The\* river dispute"/ },
  'text-starts-with-percent.yaml': { message: /starts with "%"/, fix: /"%50 of the river"/ },
  'text-starts-with-bracket.yaml': { message: /starts with "\["/, fix: /"\[Draft\] The river/ },
  'text-starts-with-bang.yaml': { message: /starts with "!"/, fix: /"!Urgent river dispute"/ },
  'text-after-quotes.yaml': { message: /after its closing quote/, fix: /'"The river" dispute'/ },
  'backslash-in-double-quotes.yaml': { message: /backslash/, fix: /"River\\\\dispute"/ },
  'second-document.yaml': { message: /three dashes/, fix: /delete this line/ },
};

describe('YAML mistakes made on the starter scenario', () => {
  it('has a fixture for each mistake the checker words, and each differs from the starter', () => {
    expect(FILES.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(FILES)('%s: a plain message at its line, and a fix that makes the file load', (name) => {
    const text = read(name);
    const result = loadScenario(name, text, en);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const p = result.problems[0];
    const want = EXPECTED[name];
    expect(p?.message).toMatch(want?.message ?? /^$/);
    expect(p?.fix).toMatch(want?.fix ?? /^$/);
    expect(`${p?.message} ${p?.fix}`).not.toMatch(JARGON);
    // The fix never tells a teacher to delete a line they need.
    if (!name.startsWith('second-document')) expect(p?.fix).not.toMatch(/delete|remove/i);
    expect(p?.line).toBe(want?.line ?? changedLine(text));
    expect(p?.edit?.line).toBe(p?.line);
    const fixed = loadScenario(name, applyEdit(text, p?.edit ?? { line: 0, text: '' }), en);
    expect(fixed.ok ? [] : fixed.problems.map((x) => x.message)).toEqual([]);
  });
});

describe('text cut short by " #"', () => {
  it('is a warning that the rest is a comment, with quotes as the fix', () => {
    const text = read('hash-in-text.yaml');
    const result = loadScenario('hash.yaml', text, en);
    if (!result.ok) throw new Error('the file should load');
    expect(result.scenario.title).toBe('We are');
    const w = result.warnings.find((x) => /#/.test(x.message));
    expect(w).toMatchObject({ severity: 'warning', line: 10 });
    expect(w?.message).toMatch(/everything after " #" is a comment/);
    expect(w?.fix).toMatch(/title: "We are #1 in the state"/);
    const fixed = loadScenario('hash.yaml', applyEdit(text, w?.edit ?? { line: 0, text: '' }), en);
    expect(fixed.ok && fixed.scenario.title).toBe('We are #1 in the state');
    expect(fixed.ok && fixed.warnings.some((x) => /#/.test(x.message))).toBe(false);
  });

  it('leaves notes after a value alone, as the starter writes them', () => {
    const result = loadScenario('starter.yaml', STARTER_SCENARIO, en);
    expect(result.ok && result.warnings.filter((w) => /#/.test(w.message))).toEqual([]);
  });
});

describe('every error code of the YAML parser', () => {
  it('has a plain message and fix in English and Spanish', () => {
    expect(WORDED_CODES).toHaveLength(23);
    for (const code of WORDED_CODES) {
      const keys = codeMessages(code);
      for (const catalogue of [en, es]) {
        expect(catalogue[keys.message], code).toBeTruthy();
        expect(catalogue[keys.fix], code).toBeTruthy();
      }
      expect(`${t(en, keys.message)} ${t(en, keys.fix)}`).not.toMatch(JARGON);
    }
  });

  it('words a code it does not know plainly, never in the parser words', () => {
    const error = {
      code: 'SOMETHING_NEW' as ErrorCode,
      message: 'Flow sequence scalar token mismatch',
      pos: [0, 1],
    } as unknown as YAMLError;
    // A file no diagnosis can mend: the code's own plain sentence.
    const text = 'x: 1\n';
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    lineCounter.addNewLine(5);
    const p = yamlErrorProblem('x.yaml', text, error, lineCounter, en);
    expect(p.message).toBe(t(en, 'yaml.code.unknown'));
    expect(p.fix).toBe(t(en, 'yaml.fix.general'));
    expect(p.line).toBe(1);
  });
});
