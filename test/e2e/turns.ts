// Reading the game's store from a browser test (main.ts puts it on
// window.standoff), and getting to the player's turn as a player would:
// pressing Escape skips the other leader's pause.
import type { Page } from 'playwright-core';
import { button } from './browser.ts';

export interface PageState {
  screen: string;
  call: {
    phase: string;
    myTurn: boolean;
    transcript: { kind: string; speaker?: string; text: string }[];
  } | null;
}

export const readState = (page: Page): Promise<PageState> =>
  page.evaluate(() => {
    const w = window as unknown as { standoff: { store: { getState(): PageState } } };
    const s = w.standoff.store.getState();
    return JSON.parse(JSON.stringify({ screen: s.screen, call: s.call })) as PageState;
  });

/**
 * Whether the call screen shows the store's latest change: its redraw spreads
 * over a few frames (scenes/steps-over-frames.ts), and a student sees the turn
 * (its buttons, its focus) once it is drawn.
 */
export const screenDrawn = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const w = window as unknown as {
      standoff: {
        game: { scene: { getScene(key: string): { redraw?: { busy(): boolean } | null } | null } };
      };
    };
    return !(w.standoff.game.scene.getScene('call')?.redraw?.busy() ?? false);
  });

/** Waits until it is the player's turn, drawn; `skip` is how the player hurries the computer (a key, or a tap). */
export async function untilMyTurn(
  page: Page,
  skip: () => Promise<void> = () => page.keyboard.press('Escape'),
): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await readState(page)).call?.myTurn && (await screenDrawn(page))) return;
    await skip();
    await page.waitForTimeout(50);
  }
  throw new Error('the player never got the turn');
}

/** Where `toFirstTurn` stops to let a test look: the title, the greetings, the player's first turn. */
export type Moment = 'title' | 'greetings' | 'turn';

/** Title → briefing → answer → greetings → the player's first turn, by the buttons a student uses. */
export async function toFirstTurn(
  page: Page,
  look: (moment: Moment) => Promise<void> = async () => {},
): Promise<void> {
  await button(page, 'Read the briefing').waitFor();
  await look('title');
  await button(page, 'Read the briefing').click();
  await button(page, 'Take the call').click();
  await button(page, 'Answer the phone').click();
  await button(page, 'Continue').waitFor();
  await look('greetings');
  await button(page, 'Continue').click();
  await untilMyTurn(page);
  await look('turn');
}
