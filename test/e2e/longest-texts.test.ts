// A teacher's scenario with every text at the longest the format allows (two
// sides that are not national leaders, no follow-up talks, events during the
// call), played on a 1024×600 netbook: every screen — title, briefing, the call
// ringing, greeting, with a package drafted and after an answer, the call's
// end, the ending's four tabs and the hot seat's hand-over — keeps its words
// inside their boxes (the overflow test's probe). One browser, one page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.ts';
import { baseUrl, chromiumPath, hangUp, watch } from './browser.ts';
import { readState, untilMyTurn } from './turns.ts';
import { canvasProblems } from './layout-problems.ts';
import type { DrawnLayout } from '../../scenes/widgets/layout-probe.ts';
import { en } from '../../src/messages/en.ts';
import type { MessageKey } from '../../src/messages/i18n.ts';
import { loadOrThrow, repoPath } from '../helpers.ts';

const FIXTURE = 'test/fixtures/valid/longest-texts.yaml';
const scenario = loadOrThrow(FIXTURE);

let browser: Browser | undefined;
beforeAll(async () => {
  if (chromiumPath)
    browser = await playwright.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

const press = (page: Page, key: MessageKey) =>
  page.getByRole('button', { name: en[key], exact: true }).click();

async function layoutOf(page: Page): Promise<DrawnLayout> {
  // Two frames: the scene has drawn what the store last said.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  return page.evaluate(() =>
    (window as unknown as { standoff: { layout(): DrawnLayout } }).standoff.layout(),
  );
}

describe.skipIf(!chromiumPath)('the longest texts a scenario may have', () => {
  it('fit or wrap on every screen at 1024×600, and the call hears its events', async () => {
    if (!browser) throw new Error('no Chromium');
    const context = await browser.newContext({ viewport: { width: 1024, height: 600 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    const problems: string[] = [];
    watch(page, errors);
    const look = async (screen: string) => {
      const layout = await layoutOf(page);
      problems.push(...canvasProblems(layout).map((p) => `${screen}: ${p}`));
      return layout;
    };

    await page.goto(`${baseUrl}?lang=en&seed=longest`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: en['title.start'], exact: true }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await press(page, 'title.open');
    await (await chooser).setFiles(repoPath(FIXTURE));
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: scenario.title, exact: true })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');
    const title = await look('title');
    // The scenario's own tagline, never a fixed "two presidents".
    const drawn = title.texts.map((t) => t.text.replace(/\s+/g, ' ')).join('\n');
    expect(drawn).toContain((scenario.tagline ?? '').slice(0, 40));
    expect(drawn).not.toContain('presidents');

    await press(page, 'title.start');
    await page.getByRole('button', { name: en['briefing.start'], exact: true }).waitFor();
    await look('briefing');
    await press(page, 'briefing.start');
    await look('call-ringing');
    await press(page, 'call.answer');
    await page.getByRole('button', { name: en['call.continue'], exact: true }).waitFor();
    await look('call-greetings');
    await press(page, 'call.continue');
    await untilMyTurn(page);
    // No follow-up talks: no chip to leave an issue for later.
    expect(await page.getByRole('button', { name: en['call.deferChip'] }).count()).toBe(0);
    const groups = await page
      .locator('.overlay-layer button[data-group^="issue-"]')
      .evaluateAll((bs) => [...new Set(bs.map((b) => (b as HTMLElement).dataset.group ?? ''))]);
    // Each issue's first option, the best for the player: the computer answers, it does not accept.
    for (const group of groups)
      await page
        .locator(`.overlay-layer button[data-group="${group}"]:not([disabled])`)
        .first()
        .click();
    await look('call-draft');
    await press(page, 'call.send');
    await untilMyTurn(page);
    await look('call-answer');
    // The aide's note came at half a minute, as a third voice in the transcript.
    const transcript = (await readState(page)).call?.transcript ?? [];
    const aide = scenario.events[0];
    expect(transcript.some((l) => l.kind === 'event' && l.speaker === aide?.speaker)).toBe(true);
    expect(await page.getByRole('log').innerText()).toContain(aide?.line.slice(0, 30));

    await hangUp(page);
    await page.getByRole('button', { name: en['call.seeEnding'], exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await look('call-closing');
    await press(page, 'call.seeEnding');
    for (const tab of ['deal', 'moves', 'strategy', 'history'] as const) {
      await press(page, `ending.tab.${tab}`);
      await look(`ending-${tab}`);
    }
    // The hot seat's hand-over names a leader with the longest name.
    await press(page, 'ending.other');
    await press(page, 'title.players.one');
    await press(page, 'title.start');
    await press(page, 'briefing.start');
    await expect.poll(async () => (await readState(page)).screen).toBe('handover');
    await look('handover');

    await context.close();
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
  });
});
