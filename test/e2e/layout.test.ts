// The game on the screens of a classroom: a 1366×768 laptop and a 1024×600
// netbook or Chromebook, each at 100% and at 200% zoom (a CSS viewport of half
// the size at two device pixels per CSS pixel, which is what the browser's zoom
// does), and a touch screen. On each, every control of the title and the call
// is on screen (or reachable by scrolling) and nothing covers it, and a move
// can be played.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { baseUrl, button, chromiumPath, watch, sharedBrowser } from './browser.ts';
import { readState, toFirstTurn, untilMyTurn } from './turns.ts';

const SCREENS: [string, BrowserContextOptions][] = [
  ['1366×768 at 100%', { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 }],
  ['1366×768 at 200%', { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 }],
  ['1024×600 at 100%', { viewport: { width: 1024, height: 600 }, deviceScaleFactor: 1 }],
  ['1024×600 at 200%', { viewport: { width: 512, height: 300 }, deviceScaleFactor: 2 }],
];

let browser: Browser | undefined;
beforeAll(async () => {
  if (chromiumPath) browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(options: BrowserContextOptions): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw new Error('no Chromium');
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  watch(page, problems);
  await page.goto(`${baseUrl}?seed=layout`);
  await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
  return { page, problems };
}

/**
 * Every visible control of the DOM layer that is off screen even after
 * scrolling to it, or whose centre is covered by something else.
 */
async function misplacedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const b of document.querySelectorAll<HTMLElement>('.overlay-layer button')) {
      if (b.hidden) continue;
      const name = b.getAttribute('aria-label') ?? b.textContent ?? '';
      let r = b.getBoundingClientRect();
      const inside = () =>
        r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5;
      if (!inside()) {
        b.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        r = b.getBoundingClientRect();
      }
      if (!inside()) {
        found.push(`${name}: off screen at ${Math.round(r.left)},${Math.round(r.top)}`);
        continue;
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit !== b && !b.contains(hit))
        found.push(
          `${name}: covered by ${hit?.getAttribute('aria-label') ?? hit?.tagName ?? 'nothing'}`,
        );
    }
    return found;
  });
}

const lines = async (page: Page) => (await readState(page)).call?.transcript.length ?? 0;

describe.skipIf(!chromiumPath)('the game on classroom screens', () => {
  it.each(SCREENS)(
    'on %s every control is on screen and uncovered, and a move plays',
    async (_name, options) => {
      const { page, problems } = await open(options);
      await toFirstTurn(page, async (moment) =>
        expect(await misplacedControls(page), moment).toEqual([]),
      );
      const before = await lines(page);
      await button(page, 'Respectful').click();
      await expect.poll(() => lines(page)).toBeGreaterThan(before);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('plays by touch: taps start the call and make a move', async () => {
    const { page, problems } = await open({
      viewport: { width: 1024, height: 600 },
      hasTouch: true,
      isMobile: false,
    });
    const tap = (name: string) =>
      page.tap(`.overlay-layer button[aria-label="${name}"]:not([hidden])`);
    await tap('Donald Trump (United States)');
    await expect
      .poll(() => button(page, 'Donald Trump (United States)').getAttribute('aria-pressed'))
      .toBe('true');
    await tap('Read the briefing');
    await tap('Take the call');
    await tap('Answer the phone');
    await tap('Continue');
    // A tap on the call (here, the transcript) hurries the other leader, as a key does.
    await untilMyTurn(page, () => page.tap('canvas', { position: { x: 512, y: 150 } }));
    const before = await lines(page);
    await tap('Firm');
    await expect.poll(() => lines(page)).toBeGreaterThan(before);
    const said = (await readState(page)).call?.transcript.filter((l) => l.kind === 'line') ?? [];
    expect(said.some((l) => l.speaker === 'Donald Trump')).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
