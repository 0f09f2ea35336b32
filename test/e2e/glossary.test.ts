// Words to know on the debrief page: each hard term ("Nash point", "Boulware")
// has a "?" a student reaches with Tab and opens with Enter, that a screen
// reader announces as collapsed or expanded, and that Escape closes again.
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath, hangUpToEnding, openGame, type Session } from './browser.ts';
import { DEFAULT_SCENARIO, loadOrThrow, settings } from '../helpers.ts';
import { playToEnd } from '../../src/negotiation/replay.ts';
import { makeResult, resultLinkParam } from '../../src/negotiation/result.ts';
import { en } from '../../src/messages/en.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe.skipIf(!chromiumPath)('the debrief glossary', () => {
  it('opens each term’s meaning with the keyboard, and closes it with Escape', async () => {
    const scenario = loadOrThrow(DEFAULT_SCENARIO);
    // Three respectful statements, then she hangs up: the computer has moved, so its strategy shows.
    let turns = 0;
    const { record } = playToEnd(scenario, settings(scenario, { seed: 5 }, 'mexico'), () => ({
      type: 'move',
      side: 'mexico',
      move: turns++ < 3 ? { kind: 'statement', tone: 'respectful' } : { kind: 'endCall' },
    }));
    const result = makeResult(scenario, record, 'mexico', 'Glossary Test', en);
    session = await openGame(
      `debrief.html#r=${encodeURIComponent(resultLinkParam(result, scenario))}`,
    );
    const { page } = session;
    const ask = page.getByRole('button', { name: 'What is “Nash point”?', exact: true });
    await ask.waitFor();
    for (const term of ['Pareto frontier', 'Walk-away', 'Boulware', 'Linear', 'Conceder'])
      expect(await page.getByRole('button', { name: `What is “${term}”?` }).count()).toBe(1);
    const meaning = page.locator(`#${await ask.getAttribute('aria-controls')}`);
    expect(await ask.getAttribute('aria-expanded')).toBe('false');
    expect(await meaning.isVisible()).toBe(false);

    // Tab from the "?" before it reaches this one; Enter opens it.
    await page.getByRole('button', { name: 'What is “Pareto frontier”?' }).focus();
    await page.keyboard.press('Tab');
    expect(await ask.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => ask.getAttribute('aria-expanded')).toBe('true');
    expect(await meaning.isVisible()).toBe(true);
    expect(await meaning.innerText()).toMatch(/^The Nash point is /);

    await page.keyboard.press('Escape');
    await expect.poll(() => ask.getAttribute('aria-expanded')).toBe('false');
    expect(await meaning.isVisible()).toBe(false);

    // Space works too, as on any button; and no internal label shows on the page.
    await page.keyboard.press('Space');
    await expect.poll(() => meaning.isVisible()).toBe(true);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\[silent\]|\[opening\]|\bboulware\b| it accepted| it rejected/);
    expect(session.problems).toEqual([]);
  });

  it('has the same "?" on the ending screen, opened and closed by keyboard', async () => {
    session = await openGame('?seed=glossary');
    const { page } = session;
    await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
    await hangUpToEnding(page);
    const ask = page.getByRole('button', { name: 'What is “Nash point”?', exact: true });
    await ask.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => ask.getAttribute('aria-expanded')).toBe('true');
    const meaning = page.locator(`#${await ask.getAttribute('aria-controls')}`);
    expect(await meaning.textContent()).toMatch(/The Nash point is /);
    await page.keyboard.press('Escape');
    await expect.poll(() => ask.getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Their strategy', exact: true }).click();
    await page.getByRole('button', { name: 'What is “Boulware”?', exact: true }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
