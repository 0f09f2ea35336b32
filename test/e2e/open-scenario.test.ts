// A teacher opens their own scenario file in the browser: a good one is played,
// a broken one shows its problems with line numbers and a way back.
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath, hangUpToEnding, openGame, type Session } from './browser.ts';
import { repoPath } from '../helpers.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function chooseFile(s: Session, path: string): Promise<void> {
  const chooser = s.page.waitForEvent('filechooser');
  await s.page.getByRole('button', { name: 'Open a scenario file…', exact: true }).click();
  await (await chooser).setFiles(path);
}

describe.skipIf(!chromiumPath)('opening a scenario file in the browser', () => {
  it("shows a broken file's problems with their lines, then goes back", async () => {
    session = await openGame();
    const { page } = session;
    await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
    await chooseFile(session, repoPath('test/fixtures/broken/red-line-option-typo.yaml'));
    const back = page.getByRole('button', { name: 'Back to the title screen', exact: true });
    await back.waitFor();
    const region = await page.getByRole('region', { name: 'Problems' }).innerText();
    expect(region).toContain('Line 23, column 32: issue "tree" has no option "cutt"');
    expect(region).toContain('did you mean "cut"?');
    await session.screenshot('problems');
    await back.click();
    await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
    expect(session.problems).toEqual([]);
  });

  it("plays a teacher's valid file to an ending", async () => {
    session = await openGame('?seed=teacher');
    const { page } = session;
    await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
    await chooseFile(session, repoPath('test/fixtures/valid/tiny.yaml'));
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Tiny talks', exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    await hangUpToEnding(page);
    expect(await page.getByRole('log').innerText()).toContain('Ana');
    expect(session.problems).toEqual([]);
  });

  it('refuses a ?scenario= link to another website without fetching it', async () => {
    session = await openGame('?scenario=https://example.com/evil.yaml');
    const { page } = session;
    await page.getByRole('button', { name: 'Back to the title screen', exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Problems' }).innerText()).toContain(
      'points to another website',
    );
    expect(session.problems).toEqual([]);
  });
});
