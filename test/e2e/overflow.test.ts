// Nothing overflows: every screen of the game (title, briefing, hot-seat hand-over,
// the call with a package drafted, the call's end, the ending's four tabs, the
// hand-in dialog) and the debrief and class pages, in English and Spanish, on a
// 1280×720 laptop, a 1024×600 netbook and a phone held upright, at text size
// 100% and 150%. A screen fails when any text runs outside its box (a button's
// label outside the button, a text outside the panel it starts in, anything off
// the screen), overlaps another text or a button, or is drawn smaller than 9.5
// CSS pixels. Canvas texts are measured through window.standoff.layout() (the
// words drawn and their bounds, nothing else); the pages' and the dialog's
// texts from the DOM. Each screen's screenshot is kept in test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { baseUrl, chromiumPath, watch, sharedBrowser } from './browser.ts';
import { readState, untilMyTurn } from './turns.ts';
import { CATALOGUES, type Language } from '../../src/messages/catalogues.ts';
import type { MessageKey } from '../../src/messages/i18n.ts';
import type { DrawnLayout } from '../../scenes/widgets/layout-probe.ts';
import { canvasProblems, SMALLEST } from './layout-problems.ts';
import { DEFAULT_SCENARIO, loadOrThrow } from '../helpers.ts';
import { classResults } from '../negotiation/random-games.ts';
import { resultLinkParam } from '../../src/negotiation/result.ts';

const VIEWPORTS = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1024x600', width: 1024, height: 600 },
  { name: 'phone-upright', width: 390, height: 844 },
] as const;
const TEXT_SIZES = [100, 150] as const;
const LANGUAGES: Language[] = ['en', 'es'];
const SHOTS = 'test-results/screenshots';

let browser: Browser | undefined;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  if (chromiumPath) browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Runs in the page: what is wrong with the DOM's visible texts (a page, a dialog).
 * Each text node's lines must stay inside the block that holds them, inside the
 * window's width, and off every other text; each SVG text inside its chart.
 */
function domProblems(smallest: number): string[] {
  const found: string[] = [];
  const items: { what: string; rects: DOMRect[] }[] = [];
  const shown = (e: Element): boolean => {
    for (let n: Element | null = e; n; n = n.parentElement) {
      const s = getComputedStyle(n);
      if (s.display === 'none' || s.visibility === 'hidden' || s.clipPath === 'inset(50%)')
        return false;
      if (n.classList.contains('visually-hidden') || n.classList.contains('overlay-layer'))
        return false;
      if (n.tagName === 'DETAILS' && !(n as HTMLDetailsElement).open && n !== e.closest('summary'))
        if (!e.closest('summary')) return false;
    }
    return true;
  };
  const blockOf = (e: Element): Element => {
    for (let n: Element | null = e; n; n = n.parentElement) {
      const d = getComputedStyle(n).display;
      if (d !== 'inline' && d !== 'contents') return n;
    }
    return document.body;
  };
  const scrolls = (e: Element) => {
    const s = getComputedStyle(e);
    return /auto|scroll/.test(s.overflowX + s.overflowY);
  };
  const name = (text: string) => `"${text.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  if (document.documentElement.scrollWidth > innerWidth + 1)
    found.push(`the page is ${document.documentElement.scrollWidth} px wide in ${innerWidth}`);
  const modal = document.querySelector('dialog[open]');
  const root = modal ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const parent = node.parentElement;
    if (!parent || text.trim() === '' || !shown(parent)) continue;
    if (parent.closest('svg, script, style, option, select, textarea')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) continue;
    const size = Number.parseFloat(getComputedStyle(parent).fontSize);
    if (size < smallest) found.push(`${name(text)} is ${size.toFixed(1)} px`);
    const block = blockOf(parent).getBoundingClientRect();
    for (const r of rects) {
      if (r.left < -1 || r.right > innerWidth + 1) found.push(`${name(text)} runs off the screen`);
      if (
        r.left < block.left - 1 ||
        r.right > block.right + 1 ||
        r.top < block.top - 2 ||
        r.bottom > block.bottom + 2
      )
        found.push(`${name(text)} runs out of its box`);
    }
    // Cut by a box that clips and does not scroll (inside one that scrolls, it can be scrolled to).
    for (let n = parent.parentElement; n && n !== document.documentElement; n = n.parentElement) {
      const s = getComputedStyle(n);
      if (scrolls(n)) break;
      if (!/hidden|clip/.test(s.overflowX + s.overflowY)) continue;
      const box = n.getBoundingClientRect();
      if (rects.some((r) => r.right > box.right + 1 || r.bottom > box.bottom + 1))
        found.push(`${name(text)} is cut by its box`);
    }
    items.push({ what: name(text), rects });
  }
  for (const svg of root.querySelectorAll('svg')) {
    if (!shown(svg)) continue;
    const box = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (r.width === 0) continue;
      const size =
        Number.parseFloat(getComputedStyle(t).fontSize) *
        (box.width / (svg.viewBox.baseVal?.width || box.width));
      if (size < smallest) found.push(`${name(t.textContent ?? '')} is ${size.toFixed(1)} px`);
      if (
        r.left < box.left - 1 ||
        r.right > box.right + 1 ||
        r.top < box.top - 1 ||
        r.bottom > box.bottom + 1
      )
        found.push(`${name(t.textContent ?? '')} runs out of its chart`);
      items.push({ what: name(t.textContent ?? ''), rects: [r] });
    }
  }
  // Pictures (the QR code) whole on the screen without scrolling inside a dialog.
  if (modal)
    for (const pic of modal.querySelectorAll('svg, img')) {
      const r = pic.getBoundingClientRect();
      const d = modal.getBoundingClientRect();
      if (r.top < d.top - 1 || r.bottom > d.bottom + 1 || r.bottom > innerHeight)
        found.push(`a picture (${pic.getAttribute('aria-label') ?? pic.tagName}) is cut`);
    }
  const hit = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1.5 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2.5;
  items.forEach((a, i) => {
    for (const b of items.slice(i + 1))
      if (a.rects.some((ra) => b.rects.some((rb) => hit(ra, rb))))
        found.push(`${a.what} overlaps ${b.what}`);
  });
  return [...new Set(found)];
}

interface Walk {
  page: Page;
  label: string;
  language: Language;
  problems: string[];
  say(key: MessageKey): string;
}

async function look(w: Walk, screen: string, dom = false): Promise<void> {
  const { page } = w;
  // Two frames: the scene has drawn what the store last said.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.screenshot({ path: `${SHOTS}/overflow-${w.label}-${screen}.png` });
  const found: string[] = [];
  if (!dom) {
    const layout = await page.evaluate(() =>
      (window as unknown as { standoff: { layout(): DrawnLayout } }).standoff.layout(),
    );
    found.push(...canvasProblems(layout));
  }
  if (dom || (await page.locator('dialog[open]').count()) > 0)
    found.push(...(await page.evaluate(domProblems, SMALLEST)));
  w.problems.push(...found.map((f) => `${w.label} ${screen}: ${f}`));
}

const press = (w: Walk, key: MessageKey) =>
  w.page.getByRole('button', { name: w.say(key), exact: true }).click();

const phase = async (page: Page) => (await readState(page)).call?.phase;

/** Title → briefing → call (a package drafted, an answer with its meter notes) → ending → hand-in → hand-over. */
async function walkGame(w: Walk): Promise<void> {
  const { page } = w;
  await page.getByRole('button', { name: w.say('title.start'), exact: true }).waitFor();
  await look(w, 'title');
  await press(w, 'title.start');
  await page.getByRole('button', { name: w.say('briefing.start'), exact: true }).waitFor();
  await look(w, 'briefing');
  await press(w, 'briefing.start');
  await look(w, 'call-ringing');
  await press(w, 'call.answer');
  await page.getByRole('button', { name: w.say('call.continue'), exact: true }).waitFor();
  await look(w, 'call-greetings');
  await press(w, 'call.continue');
  await untilMyTurn(page);
  // A package: the last choice (left to the talks) on the first issue, the first open one on the others.
  const groups = await page
    .locator('.overlay-layer button[data-group^="issue-"]')
    .evaluateAll((bs) => [...new Set(bs.map((b) => (b as HTMLElement).dataset.group ?? ''))]);
  for (const [i, group] of groups.entries()) {
    const chips = page.locator(`.overlay-layer button[data-group="${group}"]:not([disabled])`);
    await (i === 0 ? chips.last() : chips.first()).click();
  }
  await look(w, 'call-draft');
  await press(w, 'call.send');
  // The answer: the other leader's line typed whole, the meters' notes floating.
  await untilMyTurn(page);
  await look(w, 'call-answer');
  await press(w, 'call.hangUp');
  // A confirmation of hanging up, if the call asks one, is answered by the store.
  for (let i = 0; i < 20 && (await phase(page)) === 'turns'; i++) {
    if (i === 10)
      await page.evaluate(() =>
        (
          window as unknown as {
            standoff: { store: { getState(): { actions: { endCall(): void } } } };
          }
        ).standoff.store
          .getState()
          .actions.endCall(),
      );
    await page.waitForTimeout(50);
  }
  await page.getByRole('button', { name: w.say('call.seeEnding'), exact: true }).waitFor();
  await page.keyboard.press('Escape');
  await look(w, 'call-closing');
  await press(w, 'call.seeEnding');
  for (const tab of ['deal', 'moves', 'strategy', 'history'] as const) {
    await press(w, `ending.tab.${tab}`);
    await look(w, `ending-${tab}`);
  }
  await press(w, 'ending.handIn');
  await page.locator('dialog[open]').waitFor();
  await look(w, 'hand-in');
  await page
    .locator('dialog[open]')
    .getByRole('button', { name: w.say('handIn.close'), exact: true })
    .click();
  // The hot seat's hand-over screen: another scenario, two players, the briefing.
  await press(w, 'ending.other');
  await press(w, 'title.players.one');
  await press(w, 'title.start');
  await press(w, 'briefing.start');
  await expect.poll(async () => (await readState(page)).screen).toBe('handover');
  await look(w, 'handover');
}

const scenario = loadOrThrow(DEFAULT_SCENARIO);
const links = classResults(scenario, 8, 17).map(
  (r) => `${baseUrl}debrief.html#r=${encodeURIComponent(resultLinkParam(r, scenario))}`,
);

describe.skipIf(!chromiumPath)('nothing overflows', () => {
  // Every pairing with STANDOFF_FULL_LAYOUT=1; by default (CI) the
  // tightest screen, the netbook at 150%, and the phone at both sizes: the three left out cost three
  // minutes of CI and have never failed where these passed (layout.test.ts also walks 1366×768).
  const full = process.env.STANDOFF_FULL_LAYOUT === '1';
  const cases = VIEWPORTS.flatMap((v) =>
    TEXT_SIZES.filter(
      (size) => full || v.name === 'phone-upright' || (v.name === '1024x600' && size === 150),
    ).map((size) => [v.name, `${size}%`] as const),
  );
  it.each(cases)(
    'at %s, text size %s: every screen in en and es',
    async (viewportName, sizeText) => {
      const size = Number.parseInt(sizeText, 10);
      if (!browser) throw new Error('no Chromium');
      const viewport = VIEWPORTS.find((v) => v.name === viewportName) ?? VIEWPORTS[0];
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        ...(viewport.width < viewport.height ? { isMobile: true, hasTouch: true } : {}),
      });
      await context.addInitScript(
        (s) => localStorage.setItem('standoff.textSize', String(s)),
        size,
      );
      const errors: string[] = [];
      const problems: string[] = [];
      const page = await context.newPage();
      watch(page, errors);
      const upright = viewport.width < viewport.height;
      for (const language of LANGUAGES) {
        const catalogue = CATALOGUES[language];
        const w: Walk = {
          page,
          language,
          label: `${viewportName}-${size}-${language}`,
          problems,
          say: (key) => catalogue[key],
        };
        await page.goto(`${baseUrl}?lang=${language}&seed=overflow`);
        if (upright) {
          // A phone held upright: the game asks to be turned, in words that fit.
          const notice = page.locator('.turn-notice');
          await notice.waitFor();
          expect(await notice.innerText()).toContain(catalogue['turn.title']);
          await look(w, 'turn-your-phone', true);
        } else await walkGame(w);
        // The debrief of a student's game, and the class page with eight results.
        await page.goto(links[0] ?? '');
        await page.locator('.ending strong').waitFor();
        await look(w, 'debrief-page', true);
        await page.goto(`${baseUrl}class.html?lang=${language}`);
        await page.locator('#result-links').fill(links.join('\n'));
        await page.locator('#add-links').click();
        await expect.poll(() => page.locator('svg').count()).toBeGreaterThan(0);
        await look(w, 'class-page', true);
      }
      await context.close();
      expect(errors).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
