// A student plays the default scenario in the built game, through the same
// controls a student uses: the buttons of the DOM layer (what a mouse, a
// touch, a keyboard or a screen reader reaches). Fails on any console error,
// page error or request to another origin.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { button, chromiumPath, isOn, openGame, type Session, hangUp } from './browser.ts';
import { readState, screenDrawn } from './turns.ts';
import { ENDING_PICTURE_MARK, ENDING_WARM_MARK } from '../../src/ui/page-marks.ts';

const DEFAULT_TITLE = /Sheinbaum|12 January 2026|Standoff/i;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Title → briefing → call, choosing the scenario and side by their buttons. */
async function startCall(s: Session, side: RegExp): Promise<void> {
  const { page } = s;
  await button(page, 'Read the briefing').waitFor();
  await s.screenshot('1-title');
  await button(page, side).click();
  await expect.poll(() => button(page, side).getAttribute('aria-pressed')).toBe('true');
  await button(page, 'Read the briefing').click();
  await button(page, 'Take the call').waitFor();
  await s.screenshot('2-briefing');
  await button(page, 'Take the call').click();
  await button(page, 'Answer the phone').waitFor();
  await s.screenshot('3-ringing');
  await button(page, 'Answer the phone').click();
  await button(page, 'Continue').click();
}

/** The game's renderer, and the browser's name for what runs WebGL (the page reports them). */
async function renderer(page: Page): Promise<{ game: 'canvas' | 'webgl'; webgl: string }> {
  return page.evaluate(() =>
    (
      window as unknown as { standoff: { renderer(): { game: 'canvas' | 'webgl'; webgl: string } } }
    ).standoff.renderer(),
  );
}

/** Builds a proposal from the table's chips: for each issue group, the chip at the given index. */
async function propose(page: Page, picks: number[]): Promise<boolean> {
  const groups = await page.$$eval('button[data-group^="issue-"]', (bs) => [
    ...new Set(bs.map((b) => (b as HTMLElement).dataset.group ?? '')),
  ]);
  for (const [i, group] of groups.entries()) {
    const pick = picks[i % picks.length] ?? 0;
    const chip = page.locator(`button[data-group="${group}"]`).nth(pick);
    if (await chip.isEnabled()) await chip.click();
  }
  if (!(await isOn(page, 'Propose this package'))) return false;
  await button(page, 'Propose this package').click();
  return true;
}

/** Plays until the ending screen: proposes, speaks, presents evidence, accepts good-enough offers late. */
async function playToEnding(s: Session, picks: number[][]): Promise<void> {
  const { page } = s;
  let turn = 0;
  // A bound on the checks, not a pace: each wait is for a state.
  for (let step = 0; step < 1000; step++) {
    if (await isOn(page, 'Play again')) return;
    if (await isOn(page, 'See how it ended')) {
      await s.screenshot('5-closing');
      await button(page, 'See how it ended').click();
      continue;
    }
    // The player's turn, as the store has it and the screen shows it: the buttons alone can be
    // a frame behind (a move that ends the call leaves them on until the screen is redrawn).
    const { call } = await readState(page);
    const open = call !== null && call.phase !== 'closing' && call.phase !== 'ended';
    if (!(open && call.myTurn && (await screenDrawn(page)))) {
      // The computer is thinking: a key skips the pause, as the screen says.
      await page.keyboard.press('Escape');
      await page.waitForTimeout(50);
      continue;
    }
    turn++;
    if (turn === 3) await s.screenshot('4-call');
    if (turn > 6 && (await isOn(page, 'Accept their proposal')))
      await button(page, 'Accept their proposal').click();
    else if (
      turn % 3 === 1 &&
      (await propose(page, picks[Math.floor(turn / 3) % picks.length] ?? [0]))
    )
      continue;
    else if (
      turn === 2 &&
      (await page.locator('button[aria-label^="Red line"]:enabled').count()) > 0
    )
      await page.locator('button[aria-label^="Red line"]:enabled').first().click();
    else if (turn > 24) await hangUp(page);
    else await button(page, 'Respectful').click();
  }
  throw new Error('the game did not reach its ending');
}

describe.skipIf(!chromiumPath)('playing the default scenario in the browser', () => {
  it('plays a whole call as Mexico to an ending, by the accessible controls', async () => {
    session = await openGame('?seed=classroom-1');
    const { page } = session;
    await expect(button(page, DEFAULT_TITLE).first()).toBeDefined();
    await startCall(session, /Sheinbaum/);
    await playToEnding(session, [
      [1, 1, 3],
      [0, 1, 2],
      [1, 2, 3],
    ]);
    await session.screenshot('6-ending');
    await expect(page.getByRole('heading').first()).toBeDefined();
    // The debrief's tabs: each shows its part, readable by screen readers too.
    const tabs: [string, RegExp][] = [
      ['Your moves', /Every move, graded/],
      ['Their strategy', /How Donald Trump played/],
      ['What happened', /Questions to discuss/],
      ['The deal', /Could both sides have done better\?|The deal/],
    ];
    for (const [name, shows] of tabs) {
      await button(page, name).click();
      await expect.poll(() => button(page, name).getAttribute('aria-pressed')).toBe('true');
      await expect
        .poll(() =>
          page
            .locator('.overlay-text')
            .allInnerTexts()
            .then((t) => t.join('\n')),
        )
        .toMatch(shows);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
      await session.screenshot(`7-debrief-${name.toLowerCase().replace(/\s+/g, '-')}`);
    }
    const log = await page.getByRole('log').innerText();
    expect(log).toContain('Claudia Sheinbaum');
    expect(log).toContain('Donald Trump');
    expect(session.problems).toEqual([]);
  });

  it('plays a whole call as the United States to an ending, drawn with WebGL when the address asks', async () => {
    // Where WebGL runs in software (as here) the game draws on a 2D canvas: this game keeps WebGL's path played.
    session = await openGame('?seed=classroom-2&renderer=webgl');
    await startCall(session, /Trump/);
    await playToEnding(session, [
      [2, 2, 1],
      [1, 2, 2],
    ]);
    expect(await isOn(session.page, 'Switch sides')).toBe(true);
    expect(await renderer(session.page)).toEqual(expect.objectContaining({ game: 'webgl' }));
    expect(session.problems).toEqual([]);
  });

  it('draws on a 2D canvas where WebGL runs in software, and with WebGL on a graphics chip', async () => {
    session = await openGame('?seed=classroom-3');
    await button(session.page, 'Read the briefing').waitFor();
    const { game, webgl } = await renderer(session.page);
    expect(game).toBe(/swiftshader|llvmpipe|software/i.test(webgl) ? 'canvas' : 'webgl');
    expect(session.problems).toEqual([]);
  });

  it("opens the ending on its chart, baked while the call's last line was read", async () => {
    session = await openGame('?seed=chart-ahead');
    const { page } = session;
    // Every drawing baked into a texture of its own: its size, and whether the ending was up and
    // its picture not drawn yet. The ending's first frame may also bake the looks of its buttons,
    // when the frame has the time (a look shared by every screen, the size of a button): a chart
    // is a drawing of at least CHART_HEIGHT.
    await page.evaluate(`(() => {
      const textures = window.standoff.game.textures;
      const create = textures.createCanvas.bind(textures);
      window.__baked = [];
      textures.createCanvas = (key, width, height, ...rest) => {
        const ending = window.standoff.game.scene.getScene('ending');
        const opening = ending?.sys.isActive() && performance.getEntriesByName('${ENDING_PICTURE_MARK}', 'mark').length === 0;
        window.__baked.push({ key, height, opening: Boolean(opening) });
        return create(key, width, height, ...rest);
      };
    })()`);
    const CHART_HEIGHT = 150;
    const chartsBakedOpening = async () =>
      (
        await page.evaluate(
          () =>
            (window as unknown as { __baked: { key: string; height: number; opening: boolean }[] })
              .__baked,
        )
      )
        .filter((b) => b.opening && b.height >= CHART_HEIGHT)
        .map((b) => b.key);
    for (const name of ['Read the briefing', 'Take the call', 'Answer the phone', 'Continue'])
      await button(page, name).click();
    await hangUp(page);
    await button(page, 'See how it ended').waitFor();
    // The ending made ready in idle time while the last line is read (a state the page marks).
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
      ENDING_WARM_MARK,
    );
    await button(page, 'See how it ended').click();
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
      ENDING_PICTURE_MARK,
    );
    expect(await chartsBakedOpening(), 'a chart baked as the ending opened').toEqual([]);
    await button(page, 'Play again').waitFor();
    expect(session.problems).toEqual([]);
  });

  it('can be played by keyboard alone, with the focus always on a visible control', async () => {
    session = await openGame('?seed=keyboard');
    const { page } = session;
    const press = async (name: RegExp) => {
      for (let i = 0; i < 120; i++) {
        const focused = await page.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ??
            document.activeElement?.textContent ??
            '',
        );
        if (name.test(focused)) {
          const box = await page.evaluate(() => {
            const r = document.activeElement?.getBoundingClientRect();
            return r ? { w: r.width, h: r.height } : null;
          });
          expect(box && box.w > 0 && box.h > 0).toBe(true);
          await page.keyboard.press('Enter');
          return;
        }
        await page.keyboard.press('Tab');
      }
      throw new Error(`no control named ${String(name)} could be reached with Tab`);
    };
    await button(page, 'Read the briefing').waitFor();
    await press(/^Read the briefing$/);
    await press(/^Take the call$/);
    await press(/^Answer the phone$/);
    await press(/^Continue$/);
    for (let step = 0; step < 300; step++) {
      if (await isOn(page, 'Play again')) break;
      // A turn is pressed once it is the player's and drawn: the screen follows the store a frame
      // or two late, and a button still drawn enabled then would send the Tabs into the other's turn.
      const myTurn = (await readState(page)).call?.myTurn === true && (await screenDrawn(page));
      if (await isOn(page, 'See how it ended')) await press(/^See how it ended$/);
      else if (myTurn && (await isOn(page, 'Hang up')))
        await press(/^(Respectful|Hang up|Yes, hang up)$/);
      else await page.keyboard.press('Escape');
    }
    expect(await isOn(page, 'Play again')).toBe(true);
    expect(session.problems).toEqual([]);
  });
});
