// The teacher's class page: result files dropped or chosen and links pasted
// are each checked; a tampered file, another scenario's result and a file
// that is not a result are named and skipped; the class is pooled into the
// endings chart, the deal map, averages, mistakes and a gradebook CSV.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { baseUrl, chromiumPath, dropFiles, openGame, type Session } from './browser.ts';
import { DEFAULT_SCENARIO, loadOrThrow, nth, tiny } from '../helpers.ts';
import { classResults } from '../negotiation/random-games.ts';
import { resultFileName, resultFileText, resultLinkParam } from '../../src/negotiation/result.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const scenario = loadOrThrow(DEFAULT_SCENARIO);

describe.skipIf(!chromiumPath)('the class page', () => {
  it('checks every file and link, names what it refuses, and pools the class', async () => {
    const results = classResults(scenario, 13, 7);
    const dir = mkdtempSync(join(tmpdir(), 'standoff-class-'));
    const paths = results.slice(0, 9).map((r) => {
      const path = join(dir, resultFileName(r));
      writeFileSync(path, resultFileText(r));
      return path;
    });
    const tampered = join(dir, 'tampered.standoff.json');
    writeFileSync(
      tampered,
      resultFileText(nth(results, 0))
        .replace(/"student": "[^"]*"/, '"student": "Sneaky"')
        .replace(/"utilities": \[\s*[\d.]+/, '"utilities": [100'),
    );
    const foreign = join(dir, 'other-scenario.standoff.json');
    writeFileSync(foreign, resultFileText(nth(classResults(tiny(), 1), 0)));

    session = await openGame('class.html');
    const { page } = session;
    await page.getByRole('heading', { name: 'Class results' }).waitFor();
    await page.getByText('No results yet').waitFor();

    // Chosen through the file picker, as a teacher would.
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('or choose files…').click();
    await (await chooser).setFiles([...paths, tampered, foreign]);
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toBe('9 results added. 2 refused.');
    const refused = await page.locator('.rejected li').allInnerTexts();
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatch(/^tampered\.standoff\.json: /);
    expect(refused[1]).toMatch(/^other-scenario\.standoff\.json: .*tiny/i);

    // Dropped from the desktop: two new ones and one already added.
    await dropFiles(page, '#drop-zone', [
      ...results.slice(9, 11).map((r) => ({ name: resultFileName(r), text: resultFileText(r) })),
      { name: 'again.json', text: resultFileText(nth(results, 0)) },
      { name: 'notes.json', text: '{"shopping": ["milk"]}' },
    ]);
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toBe('2 results added. 1 refused. 1 was already here.');

    // Links pasted, one per line.
    const link = (i: number) =>
      // A link as handed in now (#r=) and one from before (?r=): both are read.
      `${baseUrl}debrief.html${i % 2 ? '#' : '?'}r=${encodeURIComponent(resultLinkParam(nth(results, i), scenario))}`;
    await page
      .getByLabel('Or paste result links, one per line')
      .fill(`${link(11)}\n\n${link(12)}\n`);
    await page.getByRole('button', { name: 'Add the links', exact: true }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('2 results added.');

    // The pooled class: 13 students.
    const rows = page.locator('table.students tbody tr');
    await expect.poll(() => rows.count()).toBe(13);
    const endingsChart = page.getByRole('img', { name: 'How many calls reached each ending' });
    expect(await endingsChart.locator('rect.bar').count()).toBe(scenario.endings.length);
    const total = (await endingsChart.locator('text.strong').allTextContents())
      .map(Number)
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(13);
    const map = page.locator('svg.chart').filter({ has: page.locator('.student') });
    const marked = async (selector: string) =>
      (
        await map
          .locator(selector)
          .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-count')))
      )
        .map(Number)
        .reduce((a, b) => a + b, 0);
    expect(await marked('.student')).toBe(13);
    expect(await marked('.student.second')).toBe(
      results.filter((r) => r.side === scenario.sides[1]?.id).length,
    );
    expect(
      await page.locator('section', { hasText: 'Average scores' }).locator('tbody tr').count(),
    ).toBe(2);
    await session.screenshot('class-page');
    await page.screenshot({ path: 'test-results/screenshots/class-page-full.png', fullPage: true });

    // The CSV for the gradebook: a header and one row per student.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a CSV for the gradebook' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`class-results-${scenario.id}.csv`);
    const csv = readFileSync(await file.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toMatch(/^"student","scenario","side","difficulty","ending",/);
    expect(csv).toHaveLength(14);
    expect(
      csv
        .slice(1)
        .map((l) => l.split(',')[0]?.replace(/^"|"$/g, ''))
        .sort(),
    ).toEqual(results.map((r) => r.student).sort());

    // A student's debrief opens from the table.
    const first = nth(results, 0);
    await page.getByRole('link', { name: `Debrief of ${first.student}` }).click();
    await expect
      .poll(() => page.locator('.ending strong').innerText())
      .toBe(first.outcome.endingTitle);
    expect(session.problems).toEqual([]);
  });
});
