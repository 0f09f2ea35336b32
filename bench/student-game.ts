// One game as a student plays it, from the title and back, by the buttons a
// student uses: the briefing, answer, the greetings; a package proposed from
// the table's chips, a respectful word, hang up; then every tab of the ending
// read (the moves graded, their strategy, what happened, the deal's chart),
// and "Another scenario". For the memory bench (bench/memory.ts): what a game
// makes and unmakes — chips, the transcript, the computer's turns, the ending's
// charts — is all played, so a leak anywhere in it grows from game to game.
// Every wait is on the page's state, with a bound.
import type { Page } from 'playwright-core';
import { ENDING_MADE_MARK } from '../src/ui/page-marks.ts';
import { button, WAIT_MS } from './game-page.ts';

interface Standoff {
  standoff: {
    store: { getState(): { thinking: boolean; actions: { skipThinking(): void } } };
  };
}

/** The ending's tabs, as their buttons name them. */
const ENDING_TABS = ['Your moves', 'Their strategy', 'What happened', 'The deal'];

/**
 * Waits until it is the player's turn ("Hang up" enabled) or the call has
 * ended ("See how it ended"), skipping the computer's pause as a key would.
 */
async function turnOrEnd(page: Page): Promise<'turn' | 'end'> {
  const found = await page.waitForFunction(
    () => {
      const buttons = [...document.querySelectorAll('button')];
      if (buttons.some((b) => b.textContent === 'See how it ended')) return 'end';
      const hangUp = document.querySelector('button[aria-label="Hang up"]');
      if (hangUp instanceof HTMLButtonElement && !hangUp.disabled) return 'turn';
      const s = (window as unknown as Standoff).standoff.store.getState();
      if (s.thinking) s.actions.skipThinking();
      return false;
    },
    undefined,
    { polling: 100, timeout: WAIT_MS },
  );
  return (await found.jsonValue()) === 'end' ? 'end' : 'turn';
}

/** Picks the first open chip of each issue and proposes the package; false when it cannot be proposed. */
async function proposeFirstChips(page: Page): Promise<boolean> {
  const groups = await page.$$eval('button[data-group^="issue-"]', (bs) => [
    ...new Set(bs.map((b) => (b as HTMLElement).dataset.group ?? '')),
  ]);
  for (const group of groups) {
    const chip = page.locator(`button[data-group="${group}"]`).first();
    if (await chip.isEnabled()) await chip.click();
  }
  const propose = button(page, 'Propose this package');
  if (!(await propose.isEnabled())) return false;
  await propose.click();
  return true;
}

/** When the ending's screen was last drawn whole (its mark's time; -1 before the first). */
const endingMadeAt = (page: Page): Promise<number> =>
  page.evaluate(
    (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? -1,
    ENDING_MADE_MARK,
  );

/** Every tab of the ending, each clicked and waited for until the screen is drawn again. */
async function readEveryTab(page: Page): Promise<void> {
  for (const tab of ENDING_TABS) {
    const before = await endingMadeAt(page);
    await button(page, tab).click();
    await page.waitForFunction(
      ([mark, then]) => (performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? -1) > then,
      [ENDING_MADE_MARK, before] as const,
      { polling: 50, timeout: WAIT_MS },
    );
  }
}

/** One game from the title and back to it, as a student plays it (see above). */
export async function studentGame(page: Page): Promise<void> {
  await button(page, 'Read the briefing').click();
  await button(page, 'Take the call').click();
  await button(page, 'Answer the phone').click();
  await button(page, 'Continue').click();
  const turns: ((p: Page) => Promise<unknown>)[] = [
    proposeFirstChips,
    (p) => button(p, 'Respectful').click(),
    async (p) => {
      await button(p, 'Hang up').click();
      await button(p, 'Yes, hang up').click();
    },
  ];
  for (const turn of turns) {
    if ((await turnOrEnd(page)) === 'end') break;
    await turn(page);
  }
  await button(page, 'See how it ended').click();
  await readEveryTab(page);
  await button(page, 'Another scenario').click();
  await button(page, 'Read the briefing').waitFor({ timeout: WAIT_MS });
}
