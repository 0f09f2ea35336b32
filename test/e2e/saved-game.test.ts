// A reload, a crash or a closed tab loses nothing: the game offers to resume
// the call where it was; a damaged save gives a message and a fresh start.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, openGame, type Session } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const click = (s: Session, name: string) =>
  s.page.getByRole('button', { name, exact: true }).click();

describe.skipIf(!chromiumPath)('saved games', () => {
  it('resumes the call after a reload, with the same transcript', async () => {
    session = await openGame('?seed=saved');
    const { page } = session;
    for (const name of ['Read the briefing', 'Take the call', 'Answer the phone', 'Continue'])
      await click(session, name);
    await click(session, 'Respectful');
    await expect.poll(() => page.getByRole('log').innerText()).toMatch(/Donald Trump/);
    // Read the transcript only once the computer has answered and it is Mexico's turn again:
    // during its pause the answer may land before or after the reload (a race under load).
    const before = await settledTranscript(page);
    await page.reload();
    await page.getByRole('button', { name: 'Resume it', exact: true }).waitFor();
    expect(await page.locator('.overlay-text').first().innerText()).toMatch(
      /Your last game: .*, as Claudia Sheinbaum/,
    );
    await click(session, 'Resume it');
    await page.getByRole('button', { name: 'Hang up', exact: true }).waitFor();
    const after = await settledTranscript(page);
    expect(after).toBe(before);
    expect(session.problems).toEqual([]);
  });

  it('gives a message and a fresh start when the save is damaged', async () => {
    session = await openGame();
    const { page } = session;
    await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
    // Written as the reloaded page starts, before its scripts. Written into this page, the save
    // could be read by this page's autosave, which starts after the title (src/after-title.ts):
    // under load it did, set it aside, and the reloaded page had nothing to say.
    await page.addInitScript(() =>
      localStorage.setItem('standoff.save', '{"format":"standoff-save","version":1,"record":'),
    );
    await page.reload();
    await page.getByRole('button', { name: 'OK', exact: true }).waitFor();
    expect(await page.locator('.overlay-text').first().innerText()).toContain(
      'Your saved game could not be read',
    );
    // Kept aside under a key of its own (never over an earlier copy), and offered as a file.
    const aside = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('standoff.save.aside.'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(aside).toEqual([expect.stringContaining('standoff-save')]);
    expect(await page.getByRole('button', { name: 'Download it', exact: true }).count()).toBe(1);
    await click(session, 'OK');
    await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'OK', exact: true }).count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});

/** The call's transcript, read when the computer is not thinking and it is Mexico's turn. */
async function settledTranscript(page: Page): Promise<string> {
  const read = () =>
    page.evaluate(() => {
      const state = (
        window as unknown as {
          standoff: {
            store: {
              getState(): { thinking: boolean; call: { turn: string; transcript: unknown } | null };
            };
          };
        }
      ).standoff.store.getState();
      return state.thinking || state.call?.turn !== 'mexico'
        ? null
        : JSON.stringify(state.call.transcript);
    });
  await expect.poll(read, { timeout: 60_000 }).not.toBeNull();
  return (await read()) ?? '';
}
