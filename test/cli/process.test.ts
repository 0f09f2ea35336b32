// The scenario command line as a process, started the way `npm run scenario`
// starts it (scripts/scenario.mjs: the prebuilt bundle, built when missing or
// older than src/): it prints what main() prints, and it exits quietly (0, no
// stack trace) when whoever reads its output goes away (`… | head -1`: EPIPE).
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers.ts';

const LAUNCHER = repoPath('scripts/scenario.mjs');
const FILES = [
  repoPath('test/fixtures/valid/tiny.yaml'),
  repoPath('test/fixtures/valid/symmetric.yaml'),
];

describe('npm run scenario (scripts/scenario.mjs)', () => {
  it('checks a file from the prebuilt bundle, with the exit code and output of main()', () => {
    const ok = spawnSync(process.execPath, [LAUNCHER, 'check', '--quick', ...FILES], {
      encoding: 'utf8',
    });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^2 files checked: 0 errors/m);
    const broken = spawnSync(
      process.execPath,
      [LAUNCHER, 'check', repoPath('test/fixtures/broken/json-not-a-scenario.json')],
      { encoding: 'utf8' },
    );
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/error:/);
  });

  it('exits 0 without a stack trace when its output pipe is closed (EPIPE)', async () => {
    // --quick: the same lines written, without the seconds of search and sample behind them.
    const child = spawn(process.execPath, [LAUNCHER, 'check', '--quick', ...FILES], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes away before the first line: every write the check makes meets a closed pipe.
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('writes a starter whose schema line points at the real schema (from the bundle, not beside it)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'standoff-new-')), 'mine.yaml');
    const made = spawnSync(process.execPath, [LAUNCHER, 'new', file], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    const schema = /\$schema=(\S+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    expect(resolve(dirname(file), schema)).toBe(repoPath('scenarios/scenario.schema.json'));
    expect(existsSync(resolve(dirname(file), schema))).toBe(true);
  });

  it('runs as well with a damaged code cache, and writes a new one behind it', async () => {
    // A first run builds the bundle and its cache when either is missing or stale.
    spawnSync(process.execPath, [LAUNCHER, 'check', '--quick', ...FILES]);
    const folder = repoPath('node_modules/.cache/standoff-cli');
    const caches = readdirSync(folder).filter((name) => name.endsWith('.cache'));
    expect(caches).toHaveLength(1);
    const cache = join(folder, caches[0] ?? '');
    expect(statSync(cache).size).toBeGreaterThan(100_000);
    writeFileSync(cache, 'not bytecode');
    const run = spawnSync(process.execPath, [LAUNCHER, 'check', '--quick', ...FILES], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^2 files checked: 0 errors/m);
    await expect
      .poll(() => (existsSync(cache) ? statSync(cache).size : 0), { timeout: 30_000 })
      .toBeGreaterThan(100_000);
  });

  it("plays a player's bot file, .mjs or .ts, from the bundle read back from its code cache", async () => {
    spawnSync(process.execPath, [LAUNCHER, 'check', '--quick', ...FILES]);
    const folder = repoPath('node_modules/.cache/standoff-cli');
    // The bundle's code from the cache: its own import() has no loader then (Node 20).
    await expect
      .poll(() => readdirSync(folder).filter((name) => name.endsWith('.cache')).length, {
        timeout: 30_000,
      })
      .toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'standoff-bot-'));
    writeFileSync(
      join(dir, 'plain.mjs'),
      'export default { name: "plain", decide: () => ({ kind: "endCall" }) };',
    );
    writeFileSync(
      join(dir, 'typed.ts'),
      [
        `import type { Bot } from '${repoPath('src/negotiation/bots/bot.ts')}';`,
        "const bot: Bot = { name: 'typed', decide: (_view, moves) => moves.fixed.find((m) => m.kind === 'endCall') ?? { kind: 'endCall' } };",
        'export default bot;',
      ].join('\n'),
    );
    const run = spawnSync(
      process.execPath,
      [
        LAUNCHER,
        'tournament',
        FILES[0] ?? '',
        ...['--player', join(dir, 'plain.mjs'), '--player', join(dir, 'typed.ts')],
        ...['--side', 'south', '--difficulty', 'easy', '--games', '2', '--json'],
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { results } = JSON.parse(run.stdout) as { results: { player: string; errors: number }[] };
    expect(results.map((r) => [r.player, r.errors])).toEqual([
      ['plain', 0],
      ['typed', 0],
    ]);
  });
});
