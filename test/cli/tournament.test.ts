// `scenario tournament`: the table and the JSON, the same output for the same
// seed, a user's bot file (the worked example of docs/bots.md, run as
// written), and a clear error naming a bad bot file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runTournamentCommand, type TournamentArgs } from '../../src/cli/tournament-command.ts';
import { DEFAULT_SCENARIO, repoPath } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

const TINY = repoPath('test/fixtures/valid/tiny.yaml');
const dir = mkdtempSync(join(tmpdir(), 'standoff-bots-'));

async function run(args: Partial<TournamentArgs>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runTournamentCommand(
    {
      file: TINY,
      players: [],
      side: 'all',
      difficulty: 'normal',
      games: 2,
      seed: '1',
      json: false,
      ...args,
    },
    (l) => out.push(l),
    (l) => err.push(l),
    en,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function botFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('scenario tournament', () => {
  it('prints the same JSON twice for the same seed, one row per bot, side and difficulty', async () => {
    const a = await run({ json: true, side: 'south', difficulty: 'all' });
    const b = await run({ json: true, side: 'south', difficulty: 'all' });
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const parsed = JSON.parse(a.out) as {
      results: {
        player: string;
        games: number;
        meanUtility: number;
        endings: Record<string, number>;
      }[];
    };
    expect(parsed.results).toHaveLength(13 * 3);
    expect(parsed.results[0]).toMatchObject({ player: 'principled', games: 2 });
    expect(Object.values(parsed.results[0]?.endings ?? {}).reduce((x, y) => x + y, 0)).toBe(2);
  });

  it('prints a table with mean ± spread, walk-away, errors and endings', async () => {
    const r = await run({ side: 'north' });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /player\s+side\s+difficulty\s+utility ± sd\s+walk-away\s+below\s+errors\s+endings/,
    );
    expect(r.out).toMatch(
      /^hard-liner\s+north\s+normal\s+\d+\.\d ± \d+\.\d\s+40\s+\d+%\s+0\s+\S+/m,
    );
    expect(r.out).toMatch(/games per second/);
  });

  it('runs the worked example of docs/bots.md as written', async () => {
    const doc = readFileSync(repoPath('docs/bots.md'), 'utf8');
    const code = /<!-- example-bot -->\s*```js\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(code).toBeDefined();
    const file = botFile('my-bot.mjs', code ?? '');
    const r = await run({
      file: repoPath(DEFAULT_SCENARIO),
      players: [file],
      json: true,
      games: 2,
    });
    expect(r.err).toBe('');
    const parsed = JSON.parse(r.out) as { results: { player: string; errors: number }[] };
    expect(parsed.results.map((x) => [x.player, x.errors])).toEqual([
      ['polite-conceder', 0],
      ['polite-conceder', 0],
    ]);
    // Beside a reference bot, named as such.
    const both = await run({ players: [file, 'hard-liner'], side: 'north', json: true });
    const rows = (JSON.parse(both.out) as { results: { player: string }[] }).results;
    expect(rows.map((x) => x.player)).toEqual(['polite-conceder', 'hard-liner']);
  });

  it('names a bad bot file in a one-line error, without a stack trace', async () => {
    for (const [name, text, message] of [
      ['broken.mjs', 'export default {', /broken\.mjs: the bot cannot be loaded/],
      ['nodefault.mjs', 'export const x = 1;', /nodefault\.mjs: a bot file's default export is/],
      ['nodecide.mjs', 'export default { name: "x" };', /nodecide\.mjs: the bot needs a decide/],
    ] as const) {
      const r = await run({ players: [botFile(name, text)] });
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    const missing = await run({ players: [join(dir, 'absent.mjs')] });
    expect(missing.err).toMatch(/absent\.mjs: the bot cannot be loaded/);
  });

  it('refuses an unknown side or difficulty, and is reached from the command line', async () => {
    expect((await run({ side: 'east' })).code).toBe(2);
    expect((await run({ difficulty: 'brutal' })).code).toBe(2);
    let out = '';
    const o = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((c) => ((out += String(c)), true));
    const file = botFile(
      'one.mjs',
      'export default { name: "one", decide: () => ({ kind: "endCall" }) };',
    );
    const code = await main([
      'tournament',
      TINY,
      '--player',
      file,
      '--side',
      'south',
      '--difficulty',
      'easy',
      '--games',
      '3',
      '--json',
    ]);
    o.mockRestore();
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      results: [{ player: 'one', side: 'south', difficulty: 'easy', games: 3, errors: 0 }],
    });
  });
});
