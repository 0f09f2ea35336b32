// The scenario command line, run as a teacher runs it: `npm run scenario -- …`
// runs main() from a prebuilt bundle (scripts/scenario.mjs; process.test.ts);
// here main() is called with the same arguments.
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runPlay } from '../../src/cli/play.ts';
import { runCheck } from '../../src/cli/check-command.ts';
import { repoPath, tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

function capture(
  run: () => Promise<number> | number,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((err += String(chunk)), true));
  return Promise.resolve(run()).then(
    (code) => {
      o.mockRestore();
      e.mockRestore();
      return { code, out, err };
    },
    (error: unknown) => {
      o.mockRestore();
      e.mockRestore();
      throw error;
    },
  );
}

const TINY = repoPath('test/fixtures/valid/tiny.yaml');

describe('scenario check', () => {
  it('exits 0 and says ok for a valid file', async () => {
    const r = await capture(() => main(['check', TINY]));
    expect(r.code).toBe(0);
    expect(r.out).toContain('tiny.yaml: ok');
  });

  it('prints FILE:LINE:COL: error: message and exits 1 for a broken file', () => {
    const lines: string[] = [];
    const code = runCheck(
      [repoPath('test/fixtures/valid/tiny.yaml'), '/nonexistent/file.yaml'],
      false,
      (l) => lines.push(l),
      en,
    );
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(
      /^\/nonexistent\/file\.yaml:1:1: error: there is no such file$/m,
    );
  });

  it('prints the problems as JSON with --json', async () => {
    const r = await capture(() => main(['check', '--json', '/nonexistent/file.yaml']));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { errors: number; files: { valid: boolean }[] };
    expect(report.errors).toBe(1);
    expect(report.files[0]?.valid).toBe(false);
  });

  it('exits 2 with the usage for a wrong command', async () => {
    const r = await capture(() => main(['frobnicate']));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: npm run scenario');
  });
});

describe('scenario simulate', () => {
  it('prints one JSON object with games, gamesPerSecond and every ending', async () => {
    const r = await capture(() =>
      main(['simulate', TINY, '--games', '60', '--seed', '3', '--json']),
    );
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out) as {
      games: number;
      gamesPerSecond: number;
      endings: Record<string, number>;
    };
    expect(summary.games).toBe(60);
    expect(summary.gamesPerSecond).toBeGreaterThan(0);
    expect(Object.keys(summary.endings).sort()).toEqual(['breakdown', 'deal', 'nothing']);
    expect(Object.values(summary.endings).reduce((a, b) => a + b, 0)).toBe(60);
  });

  it('gives the same endings for the same seed', async () => {
    const a = JSON.parse(
      (await capture(() => main(['simulate', TINY, '--games', '40', '--seed', 'x', '--json']))).out,
    ) as { endings: unknown };
    const b = JSON.parse(
      (await capture(() => main(['simulate', TINY, '--games', '40', '--seed', 'x', '--json']))).out,
    ) as { endings: unknown };
    expect(a.endings).toEqual(b.endings);
  });

  it('prints a table with the endings never reached and the speed', async () => {
    const r = await capture(() => main(['simulate', TINY, '--games', '30']));
    expect(r.out).toMatch(/Endings/);
    expect(r.out).toMatch(/games per second/);
  });
});

describe('scenario play', () => {
  async function playWith(answers: string[]): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    input.end(answers.map((a) => `${a}\n`).join(''));
    await runPlay(tiny(), { side: 'north', seed: 4, difficulty: 'normal' }, input, output, en);
    return text;
  }

  it('plays a call from numbered choices to an ending', async () => {
    // north speaks first: 1 = propose; fence 2 = middle, tree 2 = trim; then hang up (the last menu item) if needed.
    const text = await playWith([
      '1',
      '2',
      '2',
      ...Array.from({ length: 30 }, () => '1'),
      ...Array.from({ length: 30 }, () => ''),
    ]);
    expect(text).toContain('Ana: “How about middle and trim it?”');
    expect(text).toMatch(/The call is over: /);
    expect(text).toContain('What really happened');
  });

  it('says so and asks again when the answer is not a number on the menu', async () => {
    const text = await playWith(['99', 'abc']);
    expect(text.match(/That is not one of the numbers\./g)).toHaveLength(2);
  });

  it('refuses an unknown side', async () => {
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    const code = await runPlay(
      tiny(),
      { side: 'west', seed: 1, difficulty: 'normal' },
      new PassThrough(),
      output,
      en,
    );
    expect(code).toBe(2);
    expect(text).toContain('There is no side "west". Use one of: north, south.');
  });
});
