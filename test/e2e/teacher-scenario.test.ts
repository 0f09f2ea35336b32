// A teacher's own scenario from the first line to the class results, through
// the controls a teacher and a student use: written in the editor from the
// starter, played, linked to the class; a student (another browser profile:
// nothing shared but the link) plays it and hands in; the class page pools
// that result with another, and opens the student's debrief from its link and
// from the file. No server but the static host: the scenario rides along.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  button,
  chromiumPath,
  dropFiles,
  hangUpToEnding,
  openGame,
  watch,
  type Session,
} from './browser.ts';
import { STARTER_SCENARIO } from '../../src/scenario/starter.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import { resultFileText } from '../../src/negotiation/result.ts';
import { packScenario } from '../../src/negotiation/scenario-copy.ts';
import { classResults } from '../negotiation/random-games.ts';
import { en } from '../../src/messages/en.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const TITLE = 'The council talks';

/** Waits until the title screen shows the teacher's scenario as the chosen one. */
const chosen = (page: Page) =>
  expect
    .poll(() => button(page, TITLE).getAttribute('aria-pressed'), { timeout: 20_000 })
    .toBe('true');

describe.skipIf(!chromiumPath)(
  "a teacher's own scenario, from the editor to the class page",
  () => {
    it('is written, played, linked; a student plays and hands in; the class page pools it and opens the debrief', async () => {
      session = await openGame('editor.html');
      const { page: editor, browser, problems } = session;

      // The teacher changes the starter's title, as a teacher would: find it, type over it.
      await editor.locator('.cm-content').waitFor();
      await editor.locator('.cm-content').focus();
      await editor.keyboard.press('Control+f');
      const search = editor.locator('.cm-search input[name="search"]');
      await search.pressSequentially('The river dispute');
      await search.press('Enter');
      await search.press('Escape');
      await editor.keyboard.type(TITLE);

      // Played in the game's tab, to an ending; then back to the title for the class link.
      const tab = editor.context().waitForEvent('page');
      await button(editor, 'Play this scenario').click();
      const game = await tab;
      // Lines appear whole (the system's "reduce motion"): the test waits for states, not for typing.
      await game.emulateMedia({ reducedMotion: 'reduce' });
      await chosen(game);
      await hangUpToEnding(game);
      await button(game, 'Another scenario').click();
      await chosen(game);
      await button(game, 'Link for my class…').click();
      const linkDialog = game.getByRole('dialog', { name: 'A link for your class' });
      expect(await linkDialog.innerText()).toContain('The link carries your scenario itself');
      const classLink = await linkDialog.getByLabel('The link').inputValue();
      expect(classLink).toMatch(/\?side=.*#s=[\w-]+$/);

      // A student, in a browser profile of their own: the link alone brings the scenario.
      const studentContext = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        reducedMotion: 'reduce',
      });
      const student = await studentContext.newPage();
      watch(student, problems);
      await student.goto(classLink);
      await chosen(student);
      await hangUpToEnding(student);
      const endingTitle = (await student.locator('.overlay-text h2').first().innerText()).trim();
      await button(student, 'Hand in…').click();
      const handIn = student.getByRole('dialog', { name: 'Hand in your result' });
      await handIn.getByLabel('Your name (as your teacher knows you)').fill('Ana Student');
      expect(await handIn.innerText()).toContain('carries your teacher’s scenario');
      const studentLink = await handIn.getByLabel('The same result as a link').inputValue();
      expect(studentLink).toMatch(/\/debrief\.html#r=1~river-dispute~.*&s=[\w-]+$/);
      const download = student.waitForEvent('download');
      await handIn.getByRole('button', { name: 'Download the result file', exact: true }).click();
      const fileText = readFileSync(await (await download).path(), 'utf8');
      expect(JSON.parse(fileText)).toMatchObject({
        student: 'Ana Student',
        scenarioCopy: /^[\w-]+$/,
      });
      await studentContext.close();

      // The teacher's class page: the student's file and a classmate's, pooled.
      const loaded = loadScenario(
        'my-scenario.yaml',
        STARTER_SCENARIO.replace('The river dispute', TITLE),
        en,
      );
      if (!loaded.ok) throw new Error('the starter does not load');
      const classmate = classResults(loaded.scenario, 1, 7).map((r) => ({
        ...r,
        student: 'Bo Classmate',
        scenarioCopy: packScenario(loaded.scenario),
      }));
      await editor.goto(new URL('class.html', classLink).href);
      await dropFiles(editor, '#drop-zone', [
        { name: 'ana-student.standoff.json', text: fileText },
        ...classmate.map((r) => ({ name: 'bo.standoff.json', text: resultFileText(r) })),
      ]);
      await expect
        .poll(() => editor.locator('.pooled .who').innerText())
        .toBe(`${TITLE}: 2 students`);
      expect(await editor.locator('table.students tbody tr').count()).toBe(2);

      // The student's debrief from the class page's link, then from the file.
      await editor.getByRole('link', { name: 'Debrief of Ana Student' }).click();
      await expect.poll(() => editor.locator('.ending strong').innerText()).toBe(endingTitle);
      expect(await editor.locator('.who').innerText()).toContain('Ana Student played');
      await editor.goto(studentLink.replace(/#.*$/, ''));
      const chooser = editor.waitForEvent('filechooser');
      await button(editor, 'Open a result file…').click();
      await (
        await chooser
      ).setFiles({
        name: 'ana-student.standoff.json',
        mimeType: 'application/json',
        buffer: Buffer.from(fileText),
      });
      await expect.poll(() => editor.locator('.ending strong').innerText()).toBe(endingTitle);
      expect(problems).toEqual([]);
    });
  },
);
