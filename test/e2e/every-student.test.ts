// Every student can play: a teacher's link sets the scenario, side,
// difficulty, language and seed for the whole class; a game in Spanish to its
// end, the language remembered; two students on one computer (hot seat), each
// one's screen hidden behind a handover while the other plays.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, button, chromiumPath, isOn, openGame, type Session, hangUp } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The whole text of the DOM layer: what a screen reader could read on this screen. */
const overlayText = (page: Page) => page.locator('#overlay').innerText();

describe.skipIf(!chromiumPath)('every student can play', () => {
  it("plays a teacher's link in Spanish to the end, and the language is remembered", async () => {
    session = await openGame(
      '?scenario=2026-01-12-sheinbaum-trump-call&side=us&difficulty=hard&lang=es&seed=clase-3b',
    );
    const { page } = session;
    await button(page, 'Leer el informe').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect.poll(() => button(page, /Donald Trump/).getAttribute('aria-pressed')).toBe('true');
    expect(await button(page, 'Difícil').getAttribute('aria-pressed')).toBe('true');
    await session.screenshot('es-title');
    await button(page, 'Leer el informe').click();
    await button(page, 'Tomar la llamada').waitFor();
    expect(await overlayText(page)).toContain('Tu informe');
    await session.screenshot('es-briefing');
    await button(page, 'Tomar la llamada').click();
    await button(page, 'Contestar el teléfono').click();
    await button(page, 'Continuar').click();
    let moves = 0;
    for (let step = 0; step < 200 && !(await isOn(page, 'Jugar otra vez')); step++) {
      if (await isOn(page, 'Ver cómo terminó')) await button(page, 'Ver cómo terminó').click();
      else if (!(await isOn(page, 'Colgar'))) {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(50);
      } else if (moves++ < 3) await button(page, 'Firme').click();
      else {
        // Hanging up asks once.
        await button(page, 'Colgar').click();
        await button(page, 'Sí, colgar').click();
      }
    }
    await button(page, 'Jugar otra vez').waitFor();
    // The call was in Spanish: its transcript, and the scenario's own words.
    const log = await page.getByRole('log').innerText();
    expect(log).not.toMatch(/\b(the|and|of)\b.*\b(the|and|of)\b/);
    await session.screenshot('es-ending');

    // Reloaded without ?lang=, the game stays in Spanish.
    await page.goto(baseUrl);
    await button(page, 'Leer el informe').waitFor();
    await button(page, /^Idioma \/ Language/).click();
    await button(page, 'Read the briefing').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await button(page, 'Read the briefing').waitFor();
    expect(session.problems).toEqual([]);
  });

  it('copies a link for the class that gives every student the same game', async () => {
    session = await openGame('?lang=en');
    const { page } = session;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await button(page, /Donald Trump/).click();
    await button(page, 'Easy').click();
    await button(page, 'Link for my class…').click();
    const dialog = page.getByRole('dialog', { name: 'A link for your class' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByRole('status').innerText(), { timeout: 30_000 })
      .toBe('Link copied.');
    const link = await dialog.getByLabel('The link').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const params = new URL(link).searchParams;
    expect(params.get('side')).toBe('us');
    expect(params.get('difficulty')).toBe('easy');
    expect(params.get('lang')).toBe('en');
    expect(params.get('seed')).toMatch(/^class-[0-9a-z]{5}$/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    // Two students open it: the same side, difficulty and first line from the other leader.
    const firstLines: string[] = [];
    for (let i = 0; i < 2; i++) {
      await page.goto(link);
      // The link's side is chosen from the title's first frame: a student never sees another first.
      const trump = button(page, /Donald Trump/);
      await trump.waitFor();
      expect(await trump.getAttribute('aria-pressed')).toBe('true');
      expect(await button(page, 'Easy').getAttribute('aria-pressed')).toBe('true');
      await button(page, 'Read the briefing').click();
      await button(page, 'Take the call').click();
      await button(page, 'Answer the phone').click();
      await button(page, 'Continue').click();
      await button(page, 'Hang up').waitFor();
      firstLines.push(await page.getByRole('log').innerText());
    }
    expect(firstLines[0]).toBe(firstLines[1]);
    expect(session.problems).toEqual([]);
  });

  it('lets two students play one computer, each screen hidden from the other', async () => {
    session = await openGame('?lang=en&seed=hot-seat');
    const { page } = session;
    await button(page, 'Players: one, against the computer').click();
    await button(page, 'Players: two, on this computer').waitFor();
    await button(page, /Sheinbaum/).click();
    await button(page, 'Read the briefing').click();
    await button(page, 'Take the call').waitFor();
    const mexicoBrief = 'Your data on homicides, seizures and labs is';
    expect(await overlayText(page)).toContain(mexicoBrief);
    await button(page, 'Take the call').click();
    // Trump's player takes the computer before reading their own brief.
    await button(page, 'I am Donald Trump: show my screen').waitFor();
    expect(await overlayText(page)).not.toContain(mexicoBrief);
    await session.screenshot('hot-seat-handover');
    await button(page, 'I am Donald Trump: show my screen').click();
    await button(page, 'Take the call').waitFor();
    expect(await overlayText(page)).toContain('Donald Trump');
    expect(await overlayText(page)).not.toContain(mexicoBrief);
    await button(page, 'Take the call').click();
    await button(page, 'Answer the phone').click();
    await button(page, 'Continue').click();
    const handovers = new Set<string>();
    let moves = 0;
    for (let step = 0; step < 200 && !(await isOn(page, 'Play again')); step++) {
      const pass = button(page, /^I am .*: show my screen$/);
      if ((await pass.count()) > 0) {
        handovers.add(await pass.innerText());
        await pass.click();
      } else if (await isOn(page, 'See how it ended'))
        await button(page, 'See how it ended').click();
      else if (await isOn(page, 'Hang up')) {
        if (moves++ < 4) await button(page, 'Respectful').click();
        else await hangUp(page);
      } else await page.waitForTimeout(50);
    }
    await button(page, 'Play again').waitFor();
    // Both players had the computer handed to them during the call.
    expect([...handovers].sort()).toEqual([
      'I am Claudia Sheinbaum: show my screen',
      'I am Donald Trump: show my screen',
    ]);
    expect(session.problems).toEqual([]);
  });
});
