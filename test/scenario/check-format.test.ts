// The checker's rules for events, deferral without follow-up talks and
// "agreed" counts: each mistake a teacher can make is named on its line, in
// plain words, in English and Spanish; the longest-texts fixture is clean.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenario } from '../../src/scenario/load.ts';
import { en } from '../../src/messages/en.ts';
import type { Catalogue } from '../../src/messages/i18n.ts';
import { es } from '../../src/messages/es.ts';
import { repoPath } from '../helpers.ts';

const TINY = readFileSync(repoPath('test/fixtures/valid/tiny.yaml'), 'utf8');

/** The problems (errors and warnings) of tiny.yaml after a change to its document. */
function problemsWith(change: (doc: Record<string, unknown>) => void, catalogue: Catalogue = en) {
  const doc = parse(TINY) as Record<string, unknown>;
  change(doc);
  const r = loadScenario('changed.yaml', stringify(doc), catalogue);
  return r.ok ? r.warnings : r.problems;
}

const event = (extra: Record<string, unknown>) => ({
  id: 'aide',
  speaker: 'An aide',
  line: 'A note is passed.',
  ...extra,
});

describe('events', () => {
  it('names an event that says neither when nor on which meter', () => {
    const found = problemsWith((d) => (d.events = [event({})]));
    expect(found.map((p) => p.message)).toContain('event "aide" does not say when it happens');
    expect(found.find((p) => p.path === 'events[0]')?.severity).toBe('error');
  });

  it('names a meter typo, a missing range, both triggers, and effects on an unknown meter', () => {
    const found = problemsWith((d) => {
      d.events = [
        event({ when: { meter: 'presure', above: 50 }, effects: { trsut: 5 } }),
        event({ id: 'radio', at: 2, when: { meter: 'trust' } }),
      ];
    });
    const said = found.map((p) => `${p.path}: ${p.message} / ${p.fix}`);
    expect(said.some((x) => x.startsWith('events[0].when.meter') && x.includes('"pressure"'))).toBe(
      true,
    );
    expect(said.some((x) => x.startsWith('events[0].effects.trsut') && x.includes('"trust"'))).toBe(
      true,
    );
    expect(said).toContain(
      'events[1].when: event "radio" has both "at" and "when" / keep one of them: an event happens at a minute, or when a meter passes a value.',
    );
    expect(said.some((x) => x.includes('says neither "above" nor "below"'))).toBe(true);
  });

  it('warns about an event that can never happen, and a placeholder with no value in it', () => {
    const found = problemsWith((d) => {
      d.events = [
        event({ at: 5, line: 'Hello {otherLeader}.' }),
        event({ id: 'radio', when: { meter: 'trust', above: 100 } }),
      ];
    });
    const said = found.map((p) => `${p.severity} ${p.path}: ${p.message}`);
    expect(said).toContain(
      'warning events[0].at: event "aide" is at minute 5, but the call lasts 5 minutes: it never happens',
    );
    expect(said).toContain(
      'warning events[1].when.above: event "radio" waits for "trust" to pass 100, which a meter (0 to 100) never does: it never happens',
    );
    expect(said).toContain(
      'error events[0].line: the placeholder "otherLeader" means nothing in an event’s line',
    );
  });

  it('says it in Spanish too', () => {
    const found = problemsWith((d) => (d.events = [event({})]), es);
    expect(found.map((p) => p.message)).toContain('el evento "aide" no dice cuándo ocurre');
  });

  it('gives a line number for the event', () => {
    const doc = parse(TINY) as Record<string, unknown>;
    doc.events = [event({})];
    const text = stringify(doc);
    const r = loadScenario('changed.yaml', text, en);
    expect(r.ok).toBe(false);
    const p = r.ok ? undefined : r.problems.find((x) => x.path === 'events[0]');
    expect(text.split('\n')[(p?.line ?? 0) - 1]).toContain('id: aide');
  });
});

describe('deferral without follow-up talks', () => {
  it('warns about every part of the file that leaves an issue for later', () => {
    const found = problemsWith((d) => {
      delete d.followUpTalks;
      (d.endings as Record<string, unknown>[]).unshift({
        id: 'later',
        title: 'Later',
        when: { issue: 'tree', is: ['deferred'] },
        summary: 'The tree waits.',
      });
    });
    const paths = found.filter((p) => p.message.includes('"followUpTalks"')).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'issues[1].deferred',
        'dialogue.defer',
        'dialogue.defer.north[0]',
        'endings[0].when.is[0]',
      ]),
    );
  });

  it('asks for no defer lines when nothing can be deferred', () => {
    const found = problemsWith((d) => {
      delete d.followUpTalks;
      delete (d.dialogue as Record<string, unknown>).defer;
      for (const issue of d.issues as Record<string, unknown>[]) delete issue.deferred;
    });
    expect(found).toEqual([]);
  });
});

describe('agreed counts', () => {
  it('warns about a count of agreed issues larger than the scenario has', () => {
    const found = problemsWith((d) => {
      const endings = d.endings as Record<string, unknown>[];
      const deal = endings[1];
      if (deal) deal.when = { all: [{ ended: 'hang-up' }, { agreed: { atLeast: 3 } }] };
    });
    const p = found.find((x) => x.path === 'endings[1].when.all[1].agreed.atLeast');
    expect(p?.message).toBe(
      'this asks for at least 3 issues agreed, but the scenario has only 2: it is never true',
    );
    expect(p?.fix).toBe('use a number from 0 to 2.');
  });
});

describe('the longest-texts fixture', () => {
  it('loads with no error', () => {
    const r = loadScenario(
      'longest-texts.yaml',
      readFileSync(repoPath('test/fixtures/valid/longest-texts.yaml')),
      en,
    );
    expect(r.ok ? r.warnings : r.problems).toEqual([]);
  });
});
