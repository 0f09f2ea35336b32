// A teacher writes a scenario in the browser: the editor underlines a mistake
// with the checker's own message, the fixed file plays in the game to an
// ending, and the work is still there after a reload.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, hangUpToEnding, openGame, type Session } from './browser.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import { STARTER_SCENARIO } from '../../src/scenario/starter.ts';
import { en } from '../../src/messages/en.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const summary = (page: Page) => page.locator('#check-summary');
const ALL_GOOD = 'No problems: it can be played, and every ending can be reached.';

/** Finds `text` with the editor's search (Ctrl+F), as a teacher would, and leaves it selected. */
async function find(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+f');
  const field = page.locator('.cm-search input[name="search"]');
  await field.pressSequentially(text);
  await field.press('Enter');
  await field.press('Escape');
}

/** Replaces the first `text` in the file by typing over it. */
async function retype(page: Page, text: string, replacement: string): Promise<void> {
  await find(page, text);
  await page.keyboard.type(replacement);
}

describe.skipIf(!chromiumPath)('the scenario editor', () => {
  it('underlines a mistake with its message, plays the fixed file, and keeps the edit after a reload', async () => {
    session = await openGame('editor.html?seed=editor');
    const { page } = session;
    await page.locator('.cm-content').waitFor();
    await expect.poll(() => summary(page).innerText(), { timeout: 30_000 }).toBe(ALL_GOOD);

    // A mistake: the call's length written in words.
    await retype(page, 'callMinutes: 10', 'callMinutes: ten');
    const broken = STARTER_SCENARIO.replace('callMinutes: 10', 'callMinutes: ten');
    const expected = loadScenario('my-scenario.yaml', broken, en);
    expect(expected.ok).toBe(false);
    const problem = expected.ok ? undefined : expected.problems[0];
    await page.locator('.cm-lintRange-error').first().waitFor();
    expect(await page.locator('.cm-lintRange-error').first().innerText()).toBe('ten');
    await expect
      .poll(() => page.locator('#problems').innerText())
      .toContain(`Line ${problem?.line}: error: ${problem?.message}`);
    expect(await summary(page).innerText()).toBe('One problem to fix before it can be played.');
    await page.locator('.cm-lintRange-error').first().hover();
    await expect
      .poll(() => page.locator('.cm-tooltip-lint').innerText())
      .toContain(problem?.message);
    await session.screenshot('editor-error');

    // Fixed, and renamed so the game shows it is this very text.
    await retype(page, 'callMinutes: ten', 'callMinutes: 12');
    await retype(page, 'The river dispute', 'The lake dispute');
    await expect.poll(() => summary(page).innerText(), { timeout: 30_000 }).toBe(ALL_GOOD);
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
    await expect.poll(() => page.locator('#saved').innerText()).toMatch(/^Saved in this browser/);
    await session.screenshot('editor-ok');

    // Played in the game, in a tab of its own, to an ending.
    const tab = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Play this scenario', exact: true }).click();
    const game = await tab;
    await expect
      .poll(
        () =>
          game
            .getByRole('button', { name: 'The lake dispute', exact: true })
            .getAttribute('aria-pressed'),
        { timeout: 30_000 },
      )
      .toBe('true');
    await hangUpToEnding(game);
    await game.close();

    // A reload finds the edit still there.
    await page.reload();
    await page.locator('.cm-content').waitFor();
    // The editor draws only the lines in view: the whole text is read from it.
    const text = await page.evaluate(() =>
      (
        window as unknown as {
          standoffEditor: { view: { state: { doc: { toString(): string } } } };
        }
      ).standoffEditor.view.state.doc.toString(),
    );
    expect(text).toContain('title: The lake dispute');
    expect(text).toContain('callMinutes: 12');
    expect(await page.locator('.notice').innerText()).toContain('Your work was restored');
    expect(session.problems).toEqual([]);
  });

  it('suggests the fields the schema allows, with what they are for', async () => {
    session = await openGame('editor.html');
    const { page } = session;
    await page.locator('.cm-content').waitFor();
    // A field already written is not offered again: the starter's followUpTalks line is typed over.
    await retype(page, 'followUpTalks: the river commission next month', 'followUp');
    const suggestions = page.locator('.cm-tooltip-autocomplete');
    await suggestions.waitFor();
    expect(await suggestions.innerText()).toContain('followUpTalks');
    await expect
      .poll(() => page.locator('.cm-completionInfo').innerText())
      .toMatch(/follow-up talks/);
    await page.keyboard.press('Escape');
    // Inside `{ … }`: only the meter not yet written.
    await retype(page, 'effects: { tension: 10 }', 'effects: { tension: 10, t');
    await expect.poll(() => suggestions.innerText()).toMatch(/^trust/);
    expect(await suggestions.innerText()).not.toContain('tension');
    expect(session.problems).toEqual([]);
  });

  it('is linked from the title screen, and starts a copy of a bundled scenario', async () => {
    session = await openGame();
    const { page } = session;
    await page.getByRole('button', { name: 'Write a scenario…', exact: true }).click();
    await page.locator('.cm-content').waitFor();
    await page
      .getByLabel('Start a new draft from')
      .selectOption('2026-01-12-sheinbaum-trump-call.yaml');
    await expect
      .poll(() => page.locator('#file-name').innerText())
      .toBe('copy-of-2026-01-12-sheinbaum-trump-call.yaml');
    expect(await page.locator('.cm-content').innerText()).toContain('Sheinbaum');
    expect(await page.locator('#drafts li').count()).toBe(2);
    expect(session.problems).toEqual([]);
  });
});
