// A student hands in a finished game: the result file downloads with their
// name, the link and its QR code open the printable debrief, which replays the
// same game to the same ending and shows it from either leader's side.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath, dropFiles, hangUpToEnding, openGame, type Session } from './browser.ts';
import { DEFAULT_SCENARIO, loadOrThrow, repoPath, settings } from '../helpers.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import { playToEnd } from '../../src/negotiation/replay.ts';
import { fixedMoves } from '../../src/negotiation/moves/index.ts';
import {
  makeResult,
  resultFileName,
  resultFileText,
  resultLinkParam,
} from '../../src/negotiation/result.ts';
import { classResults } from '../negotiation/random-games.ts';
import { en } from '../../src/messages/en.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe.skipIf(!chromiumPath)('handing in a result', () => {
  it('hands in a game too long for a QR code: the file and the link, said plainly', async () => {
    // A teacher's scenario of 1-second moves in a 120-minute call, and a hot-seat game of 1,500 moves on it.
    const yaml = readFileSync(repoPath('test/fixtures/valid/tiny.yaml'), 'utf8')
      .replace(/callMinutes: \d+/, 'callMinutes: 120')
      .replace(/seconds: \d+/g, 'seconds: 1')
      .replace(/, effects: \{[^}]*\}/g, '')
      .replace(/perMinute: \d+/g, 'perMinute: 0');
    const loaded = loadScenario('long.yaml', yaml, en);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const long = loaded.scenario;
    const hotSeat = settings(long, { seed: 5, controllers: { north: 'human', south: 'human' } });
    const { record } = playToEnd(
      long,
      hotSeat,
      (game) => ({
        type: 'move',
        side: game.turn,
        move: game.log.length < 1_500 ? { kind: 'statement', tone: 'firm' } : { kind: 'endCall' },
      }),
      2_000,
    );
    const file = join(mkdtempSync(join(tmpdir(), 'standoff-long-')), 'long.yaml');
    writeFileSync(file, yaml);

    session = await openGame('?seed=long');
    const { page } = session;
    await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a scenario file…', exact: true }).click();
    await (await chooser).setFiles(file);
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Tiny talks', exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    // Into the call, then the long game replayed there by the store (as a recorded game is while developing).
    for (const name of ['Read the briefing', 'Take the call', 'Answer the phone', 'Continue'])
      await page.getByRole('button', { name, exact: true }).click();
    await page.getByRole('button', { name: 'Hang up', exact: true }).waitFor();
    await page.evaluate((r) => {
      type Actions = { replayRecord(r: unknown): void; proceed(): void };
      const { store } = (
        window as unknown as { standoff: { store: { getState(): { actions: Actions } } } }
      ).standoff;
      store.getState().actions.replayRecord(r);
      store.getState().actions.proceed();
    }, record);
    await session.screenshot('hand-in-long-ending');
    await page.getByRole('button', { name: 'Hand in…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Hand in your result' });
    await dialog.waitFor();
    await dialog.getByLabel('Your name (as your teacher knows you)').fill('Ana Long');
    expect(await dialog.innerText()).toContain('This game is too long for a QR code');
    expect(await dialog.locator('.qr svg').count()).toBe(0);
    const link = await dialog.getByLabel('The same result as a link').inputValue();
    expect(link.length).toBeGreaterThan(3_000);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the result file', exact: true }).click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      moves: string;
    };
    expect(saved.moves.split('.').length).toBe(record.events.length);
    expect(session.problems).toEqual([]);
  });

  it('downloads the result, and its link replays the same game in the debrief', async () => {
    session = await openGame('?seed=hand-in');
    const { page } = session;
    await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
    await hangUpToEnding(page);
    const endingTitle = (await page.locator('.overlay-text h2').first().innerText()).trim();

    await page.getByRole('button', { name: 'Hand in…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Hand in your result' });
    await dialog.waitFor();
    await dialog.getByLabel('Your name (as your teacher knows you)').fill('Ana Test');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the result file', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('ana-test-2026-01-12-sheinbaum-trump-call.standoff.json');
    const saved = await file.path();
    const result = JSON.parse(readFileSync(saved, 'utf8')) as {
      student: string;
      side: string;
      outcome: { endingTitle: string };
    };
    expect(result).toMatchObject({ student: 'Ana Test', side: 'mexico', outcome: { endingTitle } });
    expect(await dialog.locator('.qr svg path').count()).toBe(1);
    const link = await dialog.getByLabel('The same result as a link').inputValue();
    expect(link).toMatch(/\/debrief\.html#r=1~2026-01-12-sheinbaum-trump-call~/);
    await session.screenshot('hand-in');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // The link, opened anywhere, replays the same game.
    await page.goto(link);
    await expect.poll(() => page.locator('.ending strong').innerText()).toBe(endingTitle);
    expect(await page.locator('.who').innerText()).toContain('Ana Test played Claudia Sheinbaum');
    expect(await page.locator('table.moves tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '« Start', exact: true }).click();
    await expect
      .poll(() => page.locator('.replay .status').innerText())
      .toContain('The start of the call');
    await page.getByRole('button', { name: 'Next move ▶', exact: true }).click();
    await expect.poll(() => page.locator('.replay .status').innerText()).toContain('Move 1 of');
    await page.getByRole('button', { name: 'As Donald Trump', exact: true }).click();
    await expect
      .poll(() => page.locator('.pov h3').innerText())
      .toBe('Donald Trump (United States)');
    expect(await page.locator('.pov').innerText()).toMatch(/aiming for a deal worth \d+/);
    await session.screenshot('debrief-page');

    // The downloaded file opens the same debrief.
    await page.goto(link.replace(/#r=.*$/, ''));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a result file…', exact: true }).click();
    await (await chooser).setFiles(saved);
    await expect.poll(() => page.locator('.ending strong').innerText()).toBe(endingTitle);

    // The teacher's class page: that file and ten of classmates' dropped in, a chart, a CSV.
    await page.goto(link.replace(/debrief\.html#r=.*$/, 'class.html'));
    const classmates = classResults(loadOrThrow(DEFAULT_SCENARIO), 10, 11).map((r) => ({
      name: resultFileName(r),
      text: resultFileText(r),
    }));
    await dropFiles(page, '#drop-zone', [
      { name: file.suggestedFilename(), text: readFileSync(saved, 'utf8') },
      ...classmates,
    ]);
    await expect.poll(() => page.getByRole('status').innerText()).toBe('11 results added.');
    const chart = page.getByRole('img', { name: 'How many calls reached each ending' });
    await chart.waitFor();
    expect(await page.locator('table.students tbody tr').first().innerText()).toContain('Ana Test');
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a CSV for the gradebook' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(12);
    expect(csv[1]).toMatch(
      // Every cell quoted (papaparse), so no separator of any locale can split one.
      new RegExp(
        `^"Ana Test","2026-01-12-sheinbaum-trump-call","mexico","normal","[\\w-]+","${endingTitle}"`,
      ),
    );
    expect(session.problems).toEqual([]);
  });

  it('names a damaged link instead of showing a blank page', async () => {
    session = await openGame(
      'debrief.html?r=1~2026-01-12-sheinbaum-trump-call~0000~zz~0nhc~a.p.9Q~x',
    );
    await expect
      .poll(() => session?.page.getByRole('alert').innerText())
      .toMatch(/^This debrief cannot be opened: /);
    expect(session.problems).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('the printed debrief', () => {
  it('fits a long game on one A4 page and one Letter page, at any text size', async () => {
    const scenario = loadOrThrow(DEFAULT_SCENARIO);
    // A long call: the student speaks, presents evidence and proposes until the clock runs out.
    let k = 0;
    const { record } = playToEnd(scenario, settings(scenario, { seed: 11 }, 'mexico'), (game) => {
      const moves = fixedMoves(scenario, game, 'mexico').filter(
        (m) => m.kind !== 'endCall' && m.kind !== 'accept',
      );
      return {
        type: 'move',
        side: 'mexico',
        move: moves[k++ % moves.length] ?? { kind: 'endCall' },
      };
    });
    const result = makeResult(scenario, record, 'mexico', 'Long Game', en);
    const param = encodeURIComponent(resultLinkParam(result, scenario));
    session = await openGame(`debrief.html#r=${param}`);
    const { page } = session;
    await page.locator('table.moves').waitFor();
    expect(await page.locator('table.moves tbody tr.mine').count()).toBeGreaterThan(10);
    // The student's largest text size: bigger on screen, and still one page on paper.
    const fontSize = () => page.evaluate(() => getComputedStyle(document.body).fontSize);
    const normal = parseFloat(await fontSize());
    await page.evaluate(() => localStorage.setItem('standoff.textSize', '150'));
    await page.reload();
    await page.locator('table.moves').waitFor();
    expect(parseFloat(await fontSize())).toBeCloseTo(normal * 1.5, 0);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({
      path: 'test-results/screenshots/debrief-print-a4.png',
      fullPage: true,
    });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = /\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1];
      expect({ format, pages }).toEqual({ format, pages: '1' });
    }
    expect(session.problems).toEqual([]);
  });
});
