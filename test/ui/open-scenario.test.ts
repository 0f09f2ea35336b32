// ?scenario=ADDRESS: an answer that is not a scenario (the game's own page, a
// 404 page, a picture, nothing) says that no scenario file was found at that
// address; it never blames the teacher's YAML.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchLinkedScenario } from '../../src/ui/open-scenario.ts';
import { repoPath } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

const HERE = 'https://school.example/standoff/index.html?scenario=x';
const TINY = readFileSync(repoPath('test/fixtures/valid/tiny.yaml'), 'utf8');
const PAGE = '<!doctype html>\n<html lang="en"><head><title>Standoff</title></head></html>';

/** A site that answers every address with this body, status and type, and remembers what was asked. */
function site(body: string | Uint8Array<ArrayBuffer>, status = 200, type = 'text/yaml') {
  const asked: string[] = [];
  return {
    asked,
    page: {
      here: HERE,
      fetch: (url: URL) => {
        asked.push(url.href);
        return Promise.resolve(
          new Response(status === 204 ? null : body, { status, headers: { 'content-type': type } }),
        );
      },
    },
  };
}

async function problemOf(body: string | Uint8Array<ArrayBuffer>, status?: number, type?: string) {
  const entry = await fetchLinkedScenario('scenarios/mine.yaml', site(body, status, type).page, en);
  expect(entry.scenario).toBeUndefined();
  return entry.problems?.[0];
}

describe('a ?scenario= link', () => {
  it('opens a scenario file from the same site, by its path from the game', async () => {
    const s = site(TINY, 200, 'application/yaml');
    const entry = await fetchLinkedScenario('scenarios/mine.yaml', s.page, en);
    expect(s.asked).toEqual(['https://school.example/standoff/scenarios/mine.yaml']);
    expect(entry.scenario?.id).toBe('tiny');
  });

  it.each([
    ['the game page sent for a missing file', PAGE, 200, 'text/html; charset=utf-8', /web page/],
    ['a 404 page', '<html><body>Not Found</body></html>', 404, 'text/html', /"404/],
    ['a 404 with no body', '', 404, 'text/plain', /"404/],
    ['a page sent as plain text', PAGE, 200, 'text/plain', /web page/],
    ['a picture', new Uint8Array([137, 80, 78, 71]), 200, 'image/png', /type "image\/png"/],
    ['an empty answer', '', 200, 'text/yaml', /nothing at all/],
  ])('says no scenario file is at that address for %s', async (_, body, status, type, reason) => {
    const p = await problemOf(body, status, type);
    expect(p?.message).toMatch(
      /^no scenario file was found at https:\/\/school\.example\/standoff\/scenarios\/mine\.yaml: /,
    );
    expect(p?.message).toMatch(reason);
    expect(p?.message).not.toMatch(/cannot be read|the YAML/i);
    expect(p?.fix).toMatch(/\?scenario=scenarios\//);
    // The problems screen gives it no line: the file was never read.
    expect(p?.wholeFile).toBe(true);
  });

  it('still shows the YAML problems of a real scenario file with a mistake', async () => {
    const p = await problemOf(TINY.replace('title: Tiny talks', 'title: Tiny: talks'));
    expect(p?.line).toBe(5);
  });

  it('refuses another website without fetching it', async () => {
    const s = site(TINY);
    const entry = await fetchLinkedScenario('https://elsewhere.example/x.yaml', s.page, en);
    expect(s.asked).toEqual([]);
    expect(entry.problems?.[0]?.message).toMatch(/another website/);
  });

  it('says when the network fails', async () => {
    const entry = await fetchLinkedScenario(
      'scenarios/mine.yaml',
      {
        here: HERE,
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      },
      en,
    );
    expect(entry.problems?.[0]?.message).toMatch(/could not be fetched/);
  });
});
