import { describe, expect, it } from 'vitest';
import { makeReport } from '../../src/cli/report.ts';
import { DEFAULT_SCENARIO, loadOrThrow, tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

describe('the teacher report', () => {
  const html = makeReport(
    loadOrThrow('scenarios/2026-01-12-sheinbaum-trump-call.yaml'),
    'call.yaml',
    en,
    4,
  );

  it('has every part a teacher needs, on one self-contained page', () => {
    for (const heading of [
      'The sides',
      'Issues and options',
      'The deal space',
      'Which endings each strategy reaches',
      'What the checker found',
      'A sample transcript for each ending',
      'Sources',
    ]) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html).toContain(
      'The Nash bargaining point: Intelligence and training; Labs dismantled, extraditions; Suspended while results are reviewed.',
    );
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|src="http|href="http|@import/);
  });

  it("shows a sample transcript for each ending, in the leaders' words", () => {
    const endings = loadOrThrow(DEFAULT_SCENARIO).endings.length;
    expect(html.match(/Shortest way found:/g)).toHaveLength(endings);
    expect(html.match(/<ol class="transcript">/g)).toHaveLength(endings);
    expect(html).toContain('<b>Claudia Sheinbaum:</b>');
    expect(html).toContain('<b>Donald Trump:</b>');
  });

  it('escapes the text of the scenario', () => {
    const s = tiny();
    const evil = { ...s, title: '<img src=x onerror=alert(1)>' };
    expect(makeReport(evil, 'tiny.yaml', en, 1)).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
