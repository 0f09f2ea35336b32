import { describe, expect, it } from 'vitest';
import { copyOfScenarioText, titleOf } from '../../src/store/editor-copy.ts';

describe("the editor's copy of a bundled scenario", () => {
  it('reads a quoted title without its quotes (the "a copy of …" label)', () => {
    expect(titleOf("id: x\ntitle: 'The tariff ultimatum: June 2019'\n")).toBe(
      'The tariff ultimatum: June 2019',
    );
    expect(titleOf('id: x\n')).toBeNull();
  });

  it('gives a new id and marks every title as a copy, in its own language, touching nothing else', () => {
    const text = [
      '# a comment stays',
      'id: talks',
      "title: 'Talks: the ''big'' one'   # and this one",
      'language: es',
      'translations:',
      '  en:',
      '    title: Talks',
      '  fr:',
      '    title: Pourparlers',
      '',
    ].join('\n');
    expect(copyOfScenarioText(text, ['talks-my-copy'])).toBe(
      [
        '# a comment stays',
        'id: "talks-my-copy-2"',
        'title: "Talks: the \'big\' one (mi copia)"   # and this one',
        'language: es',
        'translations:',
        '  en:',
        '    title: "Talks (my copy)"',
        '  fr:',
        '    title: "Pourparlers (my copy)"',
        '',
      ].join('\n'),
    );
  });

  it('leaves a text the parser cannot read as it is', () => {
    expect(copyOfScenarioText('id: [unclosed\n')).toBe('id: [unclosed\n');
  });
});
