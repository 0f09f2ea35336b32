// The build runs from any static host, from a subfolder path, and from the
// teacher's zip: `npm run package` writes the zip, which is unzipped into a
// temporary folder; its site is served under /school/class-3b/standoff/ by
// scripts/serve.mjs, and the zip's own `npm run preview` serves it too. In
// both, the game loads to its title screen and a call starts, with no missing
// file, no failed request and no request outside the site.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { chromiumPath, sharedBrowser } from './browser.ts';
import { SECURITY_HEADERS } from '../../scripts/content-security-policy.ts';

const SUBFOLDER = '/school/class-3b/standoff/';

interface Server {
  url: string;
  stop(): void;
}

/** Starts a server as its own process group and waits for the address it prints. */
function startServer(command: string, args: string[], cwd: string): Promise<Server> {
  const child = spawn(command, args, {
    cwd,
    detached: true,
    env: { ...process.env, PORT: '0', npm_config_update_notifier: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${command} printed no address in 30 s:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Standoff is running at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before serving:\n${output}`));
    });
  });
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} failed:\n${output}`)),
    );
  });
}

let folder = '';
let unzipped = '';
let entries: string[] = [];
let browser: Browser | undefined;
let server: Server | undefined;

beforeAll(async () => {
  if (!chromiumPath) return;
  folder = mkdtempSync(join(tmpdir(), 'standoff-hosting-'));
  await run('npm', ['run', 'package', '--', '--out', folder]);
  const zipName = readdirSync(folder).find((f) => /^standoff-.+\.zip$/.test(f)) ?? '';
  const files = unzipSync(readFileSync(join(folder, zipName)));
  entries = Object.keys(files).sort();
  unzipped = join(folder, 'unzipped');
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(unzipped, name)), { recursive: true });
    writeFileSync(join(unzipped, name), bytes);
  }
  browser = await sharedBrowser();
});

afterEach(() => {
  server?.stop();
  server = undefined;
});

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Opens `url` and records every failed or refused request, error, and request outside `site`. */
async function open(url: string, site: string): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith(site))
        problems.push(`request outside the site: ${u}`);
    });
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
    });
  });
  const page = await context.newPage();
  await page.goto(url);
  return { page, problems };
}

/** Title screen → briefing → the call, until the student may move. */
async function startCall(page: Page): Promise<void> {
  for (const name of ['Read the briefing', 'Take the call', 'Answer the phone', 'Continue'])
    await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Hang up', exact: true }).waitFor();
}

describe.skipIf(!chromiumPath)(
  'hosting: a subfolder of any static host, and the teacher’s zip',
  () => {
    it('the zip holds the site, the server, its package.json, a README and the privacy notes', () => {
      expect(entries).toEqual(
        expect.arrayContaining([
          'README.txt',
          'package.json',
          'privacy.md',
          'serve.mjs',
          'standoff/class.html',
          'standoff/debrief.html',
          'standoff/editor.html',
          'standoff/index.html',
          // The live-class server (issue 16) and the scenarios it offers.
          'live-server.mjs',
          'scenarios/2026-01-12-sheinbaum-trump-call.yaml',
        ]),
      );
      expect(entries.filter((e) => !/^(standoff\/|scenarios\/[\w.-]+$|[\w.-]+$)/.test(e))).toEqual(
        [],
      );
      expect(entries.filter((e) => e.endsWith('.map'))).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(unzipped, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
        dependencies?: unknown;
      };
      expect(manifest.scripts.preview).toBe('node serve.mjs');
      expect(manifest.scripts.live).toMatch(/^node live-server\.mjs /);
      expect(manifest.dependencies).toBeUndefined();
    });

    it('plays from a subfolder path, every page finds its files there', async () => {
      server = await startServer(
        process.execPath,
        [join(unzipped, 'serve.mjs'), '--base', SUBFOLDER, join(unzipped, 'standoff')],
        unzipped,
      );
      expect(server.url).toMatch(new RegExp(`${SUBFOLDER}$`));
      const site = server.url;
      const origin = new URL(site).origin;

      // The server: the policy as a header, the right types, nothing outside the folder.
      const index = await fetch(site);
      for (const [header, value] of Object.entries(SECURITY_HEADERS))
        expect(index.headers.get(header), header).toBe(value);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const assets = readdirSync(join(unzipped, 'standoff/assets'));
      const typeOf = async (ext: string) => {
        const file = assets.find((f) => f.endsWith(ext)) ?? '';
        return (await fetch(`${site}assets/${file}`)).headers.get('content-type');
      };
      expect(await typeOf('.js')).toBe('text/javascript; charset=utf-8');
      expect(await typeOf('.css')).toBe('text/css; charset=utf-8');
      for (const sneaky of ['..%2fserve.mjs', 'assets/..%2f..%2fpackage.json', '..%5cserve.mjs'])
        expect((await fetch(`${site}${sneaky}`)).status, sneaky).toBe(403);
      expect((await fetch(`${origin}/serve.mjs`)).status).toBe(404);

      const { page, problems } = await open(site, site);
      await startCall(page);
      // The other pages, by their relative links: the editor's worker loads from the subfolder too.
      const worker = page.waitForResponse((r) => /\/check-worker-[\w-]+\.js$/.test(r.url()));
      await page.goto(`${site}editor.html`);
      await page.locator('.cm-content').waitFor();
      expect((await worker).url().startsWith(`${site}assets/`)).toBe(true);
      // The worker's check done before leaving, or leaving cancels its request (a failure, rightly counted).
      await page.getByText('No problems', { exact: false }).first().waitFor();
      await page.goto(`${site}debrief.html`);
      await page.getByRole('button', { name: 'Open a result file…', exact: true }).waitFor();
      await page.goto(`${site}class.html`);
      await page.locator('#drop-zone').waitFor();
      expect(problems).toEqual([]);
    });

    it('plays from the unzipped zip with `npm run preview`, nothing installed', async () => {
      server = await startServer('npm', ['run', 'preview'], unzipped);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const { page, problems } = await open(server.url, server.url);
      await startCall(page);
      expect(problems).toEqual([]);
    });
  },
);
