// Privacy on the school network, checked in the built game as docs/privacy.md
// promises it: a student plays a call and hands it in, the debrief and the
// class page open the result, a teacher checks a scenario in the editor (its
// worker included) and plays it; and through all of it no request goes to
// another origin, the Content-Security-Policy is never violated, no cookie is
// set, and the browser's storage holds only the documented `standoff.` keys.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl, chromiumPath, watch, hangUp, sharedBrowser } from './browser.ts';
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  SECURITY_HEADERS,
} from '../../scripts/content-security-policy.ts';

const PAGES = ['index.html', 'editor.html', 'debrief.html', 'class.html'];
const PRIVACY_DOC = readFileSync('docs/privacy.md', 'utf8');
/** The keys in the table of docs/privacy.md: all the game may keep in local storage. */
const DOCUMENTED_KEYS = [...PRIVACY_DOC.matchAll(/^\| `(standoff\.[\w.]+)`/gm)].map((m) => m[1]);

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and requests to another origin (browser.ts's watch). */
  problems: string[];
  violations: string[];
  requests: string[];
}

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** A fresh context (as private as a fresh browser) whose every page and worker reports requests and CSP violations. */
async function watchedBrowser(): Promise<Watched> {
  if (!chromiumPath) throw new Error('no Chromium');
  browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  const violations: string[] = [];
  const requests: string[] = [];
  await context.exposeBinding('reportViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { reportViolation: (text: string) => void })
      .reportViolation;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}`),
    );
  });
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (p) => {
    watch(p, problems);
    p.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    // A worker's own violations reach no page listener: its console errors are counted.
    p.on('worker', (w) =>
      w.on('console', (m) => {
        if (m.type() === 'error') problems.push(`worker console error: ${m.text()}`);
      }),
    );
  });
  const page = await context.newPage();
  return { context, page, problems, violations, requests };
}

/** What the site keeps in this browser, read from one of its pages. */
async function storageOf(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage).sort(),
    sessionStorage: Object.keys(sessionStorage),
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: 'caches' in window ? await caches.keys() : [],
    serviceWorkers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
  }));
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Waits out the computer's turn (a key skips its pause) until the student may move again. */
async function untilMyTurn(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const hangUpButton = button(page, 'Hang up');
    if ((await hangUpButton.count()) > 0 && (await hangUpButton.isEnabled())) return;
    await page.keyboard.press('Escape');
    await page.waitForTimeout(50);
  }
  throw new Error('the computer never handed the turn back');
}

describe.skipIf(!chromiumPath)(
  'privacy: nothing leaves the site, nothing kept but saves and settings',
  () => {
    it('every page carries the policy, as a header too, and none has an inline script', async () => {
      expect(Object.values(CSP_DIRECTIVES).flat()).not.toContain("'unsafe-eval'");
      expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
      expect(PRIVACY_DOC).toContain(CONTENT_SECURITY_POLICY);
      for (const name of PAGES) {
        const response = await fetch(new URL(name, baseUrl));
        expect(response.status, name).toBe(200);
        // As a header, with frame-ancestors 'none' (which a <meta> tag cannot carry) and the other safety headers.
        for (const [header, value] of Object.entries(SECURITY_HEADERS))
          expect(response.headers.get(header), `${name} ${header}`).toBe(value);
        expect(response.headers.get('content-security-policy')).toBe(
          `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
        );
        const html = await response.text();
        const head = html.slice(0, html.indexOf('</head>'));
        expect(head, name).toContain(
          `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        expect(scripts.length, name).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag, name).toMatch(/\ssrc="\.\/assets\/[^"]+\.js"/);
        expect(html, name).not.toMatch(/\son[a-z]+=|(?:src|href)="(?:https?:)?\/\//i);
      }
    });

    it('every storage key in the code is listed in docs/privacy.md', () => {
      const keys = new Set<string>();
      const read = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
          if (entry.isFile() && entry.name.endsWith('.ts'))
            for (const m of readFileSync(join(entry.parentPath, entry.name), 'utf8').matchAll(
              /['"`](standoff\.[\w.]+)['"`]/g,
            ))
              keys.add(m[1] ?? '');
      };
      read('src');
      read('scenes');
      expect(keys.size).toBeGreaterThan(3);
      const mentioned = new Set(
        [...PRIVACY_DOC.matchAll(/`(standoff\.[\w.]+)`/g)].map((m) => m[1]),
      );
      expect([...keys].filter((k) => !mentioned.has(k))).toEqual([]);
    });

    it('a call, handing it in, the debrief, the class page and the editor: no other origin, no violation, no cookie', async () => {
      const w = await watchedBrowser();
      const { page } = w;

      // The game: a call with a move, to its ending, handed in under a name.
      await page.goto(`${baseUrl}?seed=privacy`);
      for (const name of ['Read the briefing', 'Take the call', 'Answer the phone', 'Continue'])
        await button(page, name).click();
      await untilMyTurn(page);
      await button(page, 'Respectful').click();
      await untilMyTurn(page);
      await hangUp(page);
      await button(page, 'See how it ended').click();
      await button(page, 'Hand in…').click();
      const dialog = page.getByRole('dialog', { name: 'Hand in your result' });
      await dialog.getByLabel('Your name (as your teacher knows you)').fill('Privacy Test');
      const link = await dialog.getByLabel('The same result as a link').inputValue();
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();

      // The printable debrief, from the link; the class page, given the link.
      await page.goto(link);
      await page.locator('.ending strong').waitFor();
      await page.goto(new URL('class.html', baseUrl).href);
      await page.locator('#result-links').fill(link);
      await button(page, 'Add the links').click();
      await expect.poll(() => page.getByRole('status').innerText()).toBe('1 result added.');

      // The editor: the deeper checks run in its worker; then the draft plays in the game.
      await page.goto(new URL('editor.html', baseUrl).href);
      await expect
        .poll(() => page.locator('#check-summary').innerText(), { timeout: 60_000 })
        .toMatch(/^No problems/);
      const game = w.context.waitForEvent('page');
      await button(page, 'Play this scenario').click();
      const played = await game;
      await button(played, 'Read the briefing').waitFor();

      const origin = new URL(baseUrl).origin;
      expect(w.requests.length).toBeGreaterThan(20);
      expect(
        w.requests.filter((u) => !u.startsWith(`blob:${origin}/`) && new URL(u).origin !== origin),
      ).toEqual([]);
      expect(w.violations).toEqual([]);
      expect(w.problems).toEqual([]);
      expect(await w.context.cookies()).toEqual([]);
      const kept = await storageOf(page);
      expect(kept).toMatchObject({
        sessionStorage: [],
        cookie: '',
        indexedDB: [],
        caches: [],
        serviceWorkers: 0,
      });
      // A documented key ending in "." names a family: one item a draft or a saved game.
      const documented = (k: string) =>
        DOCUMENTED_KEYS.some((d) => (d?.endsWith('.') ? k.startsWith(d) : k === d));
      expect(kept.localStorage.filter((k) => !documented(k))).toEqual([]);
      // What this walk must have kept: the save, the name, the editor's draft and hand-over.
      expect(kept.localStorage).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^standoff\.save\.game\./),
          'standoff.student',
          expect.stringMatching(/^standoff\.editor\.draft\./),
          'standoff.editor.play',
        ]),
      );
    });

    it('the policy really refuses an inline script and eval', async () => {
      const w = await watchedBrowser();
      const { page } = w;
      // The lightest page (the policy is the same on every page, as the first test checks).
      await page.goto(new URL('debrief.html', baseUrl).href);
      await button(page, 'Open a result file…').waitFor();
      // Run from a timer, not inside page.evaluate itself: DevTools' own evaluation is exempt from the policy.
      const outcome = await page.evaluate(
        () =>
          new Promise<{ inline: boolean; evaluated: string }>((done) =>
            setTimeout(() => {
              const script = document.createElement('script');
              script.textContent = 'window.inlineRan = true';
              document.head.append(script);
              let evaluated: string;
              try {
                evaluated = String(eval('"eval ran"'));
              } catch (error) {
                evaluated = (error as Error).name;
              }
              done({ inline: 'inlineRan' in window, evaluated });
            }),
          ),
      );
      expect(outcome).toEqual({ inline: false, evaluated: 'EvalError' });
      // Both refusals reach the listener the other test relies on (once per policy: the
      // page's <meta> tag and the server's header each report).
      const reported = () => new Set(w.violations.map((v) => /^[\w-]+ blocked \w+/.exec(v)?.[0]));
      await expect.poll(() => reported().has('script-src-elem blocked inline')).toBe(true);
      await expect.poll(() => reported().has('script-src blocked eval')).toBe(true);
    });
  },
);
