// The teacher's zip server (scripts/serve.mjs, bundled with sirv by esbuild
// as `npm run package` does), attacked on loopback: path traversal plain and
// encoded, symlinks out of its folder, a foreign Host (DNS rebinding), slow
// headers, 2,000 concurrent requests for the Phaser bundle (the server's
// resident memory measured before and after), and a file named as a folder.
// Everything listens on 127.0.0.1 only, with bounded counts and time, and
// stops by itself.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleServer } from '../../scripts/package-zip.ts';
import { serve } from '../../scripts/serve.mjs';

const SECRET = 'the-secret-outside-the-folder';
const POLICY = "default-src 'self'; script-src 'self'";
const PHASER = join(process.cwd(), 'node_modules/phaser/dist/phaser.min.js');

let folder = '';
let site = '';
let child: ChildProcess | undefined;
let port = 0;

/** Starts the bundled server on a free port; resolves with the port it prints. */
function start(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const server = spawn(process.execPath, [join(folder, 'serve.mjs'), ...args, site], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address in 20 s:\n${output}`)), 20_000);
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve({ child: server, port: Number(found) });
      }
    });
    server.on('exit', (code) => reject(new Error(`exited (${code}):\n${output}`)));
  });
}

/** One request written by hand (no client normalises its path), and the answer's status and body. */
function raw(
  target: number,
  text: string,
): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(target, '127.0.0.1');
    let data = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer in 10 s')));
    socket.on('data', (c: Buffer) => (data += c.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body });
    });
    socket.write(text);
  });
}

const get = (path: string, host = `127.0.0.1:${port}`) =>
  raw(port, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

/** The server process's resident memory, in MB (Linux). */
function residentMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'standoff-serve-'));
  site = join(folder, 'site');
  const outside = join(folder, 'outside');
  mkdirSync(join(site, 'assets'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${POLICY}"><p>game</p>`,
  );
  copyFileSync(PHASER, join(site, 'assets', 'phaser.js'));
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  symlinkSync(outside, join(site, 'linked-folder'));
  symlinkSync(join(outside, 'secret.txt'), join(site, 'linked-file.txt'));
  symlinkSync('/', join(site, 'root'));
  writeFileSync(join(folder, 'serve.mjs'), bundleServer());
  const started = await start(['--host', 'standoff.school.example']);
  child = started.child;
  port = started.port;
}, 60_000);

afterAll(() => {
  child?.kill();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the packaged server, attacked on loopback', () => {
  it('serves the game with its policy, frame-ancestors and the safety headers', async () => {
    for (const path of ['/', '/no-such-file', '/..%2fx']) {
      const { head } = await get(path);
      expect(head, path).toContain(`Content-Security-Policy: ${POLICY}; frame-ancestors 'none'`);
      expect(head, path).toContain('X-Frame-Options: DENY');
      expect(head, path).toContain('X-Content-Type-Options: nosniff');
      expect(head, path).toContain('Referrer-Policy: no-referrer');
    }
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<p>game</p>');
    expect((await get('/assets/phaser.js')).head).toContain('text/javascript; charset=utf-8');
  });

  it('never serves a file outside its folder, however the path is written', async () => {
    const paths = [
      '/../outside/secret.txt',
      '/assets/../../outside/secret.txt',
      '/..%2foutside%2fsecret.txt',
      '/%2e%2e/outside/secret.txt',
      '/%2E%2E%2Foutside%2Fsecret.txt',
      '/assets/..%2f..%2foutside/secret.txt',
      '/..%5coutside%5csecret.txt',
      '/..\\outside\\secret.txt',
      '/%252e%252e/outside/secret.txt',
      '/index.html%00.txt',
      '/%c0%ae%c0%ae/outside/secret.txt',
      '//etc/hostname',
      '/etc/passwd',
    ];
    for (const path of paths) {
      const { status, body } = await get(path);
      expect([400, 403, 404], path).toContain(status);
      expect(body, path).not.toContain(SECRET);
    }
  });

  it('refuses what a symlink in its folder leads out of', async () => {
    for (const path of [
      '/linked-file.txt',
      '/linked-folder/secret.txt',
      '/linked-folder/',
      '/root/etc/hostname',
      '/root/',
    ]) {
      const { status, body } = await get(path);
      expect(status, path).toBe(403);
      expect(body, path).not.toContain(SECRET);
    }
  });

  it('answers only its own host names: 403 for any other (DNS rebinding)', async () => {
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `LOCALHOST:${port}`,
      `[::1]:${port}`,
      'standoff.school.example',
    ])
      expect((await get('/', host)).status, host).toBe(200);
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      '127.0.0.1.evil.example',
      'localhost.evil.example',
      `[::2]:${port}`,
      '',
    ])
      expect((await get('/', host)).status, host).toBe(403);
    const noHost = await raw(port, 'GET / HTTP/1.0\r\n\r\n');
    expect(noHost.status).toBe(403);
  });

  it('answers 404 to a file named as a folder, and sends a folder to its slash', async () => {
    expect((await get('/index.html/')).status).toBe(404);
    expect((await get('/assets/phaser.js/')).status).toBe(404);
    expect((await get('/assets/phaser.js/x')).status).toBe(404);
    const folderPath = await get('/assets');
    expect(folderPath.status).toBe(301);
    expect(folderPath.head).toMatch(/Location: \/assets\//);
    expect((await get('/assets/')).status).toBe(404);
  });

  it('refuses other methods', async () => {
    const post = await raw(
      port,
      `POST / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
    expect(post.status).toBe(405);
  });

  it('streams 2,000 concurrent requests for the Phaser bundle in bounded memory', async () => {
    const size = readFileSync(PHASER).length;
    const before = residentMb(child?.pid);
    const started = performance.now();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, residentMb(child?.pid))), 50);
    const outcomes = await Promise.all(
      Array.from(
        { length: 2_000 },
        () =>
          new Promise<'served' | 'short' | 'refused'>((resolve) => {
            const req = request(
              { host: '127.0.0.1', port, path: '/assets/phaser.js', agent: false },
              (res) => {
                let bytes = 0;
                res.on('data', (c: Buffer) => (bytes += c.length));
                res.on('end', () =>
                  resolve(res.statusCode === 200 && bytes === size ? 'served' : 'short'),
                );
                res.on('error', () => resolve('refused'));
              },
            );
            req.setTimeout(30_000, () => req.destroy());
            req.on('error', () => resolve('refused'));
            req.end();
          }),
      ),
    );
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 500));
    const after = residentMb(child?.pid);
    const count = (o: string) => outcomes.filter((x) => x === o).length;
    console.log(
      `2,000 concurrent requests for ${(size / 1e6).toFixed(2)} MB: ${count('served')} served whole, ` +
        `${count('refused')} refused at the connection cap, ${count('short')} cut short, in ${seconds.toFixed(1)} s; ` +
        `server resident memory ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB at peak, ${after.toFixed(0)} MB after`,
    );
    // Every answer is the whole file or a refused connection: nothing half-sent and called done.
    expect(count('short')).toBe(0);
    expect(count('served')).toBeGreaterThanOrEqual(100);
    expect(peak - before).toBeLessThan(150);
    expect(after - before).toBeLessThan(100);
    expect((await get('/')).status).toBe(200);
  }, 120_000);
});

describe('the server’s timeouts', () => {
  it('closes connections that send their headers slowly, and keeps serving', async () => {
    const server = await serve({
      root: site,
      port: 0,
      policy: POLICY,
      limits: { headersTimeout: 1_000, requestTimeout: 2_000, idleTimeout: 2_000 },
    });
    const target = Number(new URL(server.url).port);
    const slow = 100;
    const started = performance.now();
    try {
      const closedAfter = await Promise.all(
        Array.from(
          { length: slow },
          (_, i) =>
            new Promise<number>((resolve) => {
              const socket = connect(target, '127.0.0.1');
              // A header a byte at a time, never finished; the last tenth send nothing at all.
              const line = `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${'a'.repeat(200)}`;
              let at = 0;
              const drip = setInterval(() => {
                if (i >= slow * 0.9 || at >= line.length) return;
                socket.write(line[at++] ?? '');
              }, 100);
              const done = () => {
                clearInterval(drip);
                resolve(performance.now() - started);
              };
              // Read what the server sends (its 408), or the client never sees the connection end.
              socket.resume();
              socket.on('close', done);
              socket.on('error', () => socket.destroy());
              // The test's own bound: a connection still open after 10 s is a failure (it resolves as such).
              setTimeout(() => socket.destroy(), 10_000);
            }),
        ),
      );
      const longest = Math.max(...closedAfter);
      console.log(
        `${slow} slow-header connections all closed by the server within ${(longest / 1000).toFixed(1)} s`,
      );
      expect(longest).toBeLessThan(6_000);
      const res = await fetch(server.url);
      expect(res.status).toBe(200);
    } finally {
      await server.close();
    }
  }, 30_000);
});
