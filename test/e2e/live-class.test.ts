// A live class in the browser: the teacher goes from the static site's title
// screen ("Run a live class…", the server's address) to the live page, opens a class, two
// students join from two browser contexts (two devices), the teacher starts
// their call, and the students play it to an ending through the join page's
// own buttons; the teacher's dashboard follows it to the end. The live server
// runs in this process on 127.0.0.1 and serves the built site (forwarded from
// the run's site server). One browser, waits for states only.
import type { RequestListener } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, chromiumPath, sharedBrowser } from './browser.ts';
import { DEFAULT_SETTINGS, startServer, type RunningServer } from '../../server/app.ts';

/** The site's files, fetched from the run's site server (vite preview of the build). */
const forwardToSite: RequestListener = (req, res) => {
  void fetch(new URL(req.url ?? '/', baseUrl))
    .then(async (answer) => {
      const headers = Object.fromEntries(answer.headers);
      delete headers['content-encoding'];
      delete headers['content-length'];
      res.writeHead(answer.status, headers);
      res.end(Buffer.from(await answer.arrayBuffer()));
    })
    .catch(() => {
      res.statusCode = 502;
      res.end();
    });
};

let server: RunningServer | undefined;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

beforeAll(async () => {
  if (!chromiumPath) return;
  server = await startServer(
    { ...DEFAULT_SETTINGS, port: 0, thinkMs: 0, reconnectSeconds: 5 },
    forwardToSite,
  );
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await server?.stop();
});

/** Every request a page made, for the check that the title screen asks nothing of the server. */
const requested: string[] = [];

/** A page in a context of its own (a device of its own), watched for errors and requests elsewhere. */
async function device(path: string, site = `http://127.0.0.1:${server?.port}`): Promise<Page> {
  const hosts = [new URL(site).host, `127.0.0.1:${server?.port}`];
  const context = await (
    await sharedBrowser()
  ).newContext({ viewport: { width: 1024, height: 768 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${path}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    requested.push(url.href);
    if (!['data:', 'blob:'].includes(url.protocol) && !hosts.includes(url.host))
      problems.push(`${path}: request to another origin: ${r.url()}`);
  });
  await page.goto(new URL(path, site).href);
  return page;
}

/** A download's text (read as a stream: the run's Chromium is reached over a connection). */
async function text(stream: NodeJS.ReadableStream): Promise<string> {
  let all = '';
  for await (const chunk of stream) all += String(chunk);
  return all;
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** What a student's page shows now: their turn, the other's turn, or the call's end. */
async function stateOf(page: Page): Promise<'mine' | 'theirs' | 'ended'> {
  if ((await page.getByText(/^The call is over: /).count()) > 0) return 'ended';
  if ((await page.getByText('Your turn.', { exact: true }).count()) > 0) return 'mine';
  return 'theirs';
}

/** One turn through the page's controls: accept a proposal on the table, else propose the first option of every open issue. */
async function playTurn(page: Page): Promise<void> {
  if ((await button(page, 'Accept their proposal').count()) > 0) {
    await button(page, 'Accept their proposal').click();
    return;
  }
  for (const select of await page.locator('.live-moves select').all())
    await select.selectOption({ index: 1 });
  await button(page, 'Propose a package').click();
}

describe.skipIf(!chromiumPath)('a live class in the browser', () => {
  it('two students on two devices play a call to its ending, and the teacher follows it', async () => {
    // The teacher starts on the static site's title screen (another origin): "Run a live class…"
    // asks the server's address, refuses one that is not, remembers it, and opens the teacher's page.
    const origin = `http://127.0.0.1:${server?.port}`;
    const teacher = await device('index.html', baseUrl);
    await button(teacher, 'Run a live class…').click();
    const address = teacher.getByRole('textbox', { name: 'The server’s address' });
    await address.fill('not an address');
    await address.press('Enter');
    await teacher
      .getByRole('alert')
      .getByText(/^That is not a web address/)
      .waitFor();
    await address.fill(` 127.0.0.1:${server?.port} `);
    expect(requested.filter((u) => u.startsWith(origin))).toEqual([]);
    await button(teacher, 'Open the teacher’s page').click();
    await teacher.waitForURL(`${origin}/live.html?lang=en`);
    const kept = (await teacher.context().storageState()).origins.find(
      (o) => o.origin === new URL(baseUrl).origin,
    );
    expect(kept?.localStorage).toContainEqual({
      name: 'standoff.liveServer',
      value: `127.0.0.1:${server?.port}`,
    });
    await button(teacher, 'Open the class').click();
    const codeText = await teacher.getByText(/^Join code: /).innerText();
    const code = codeText.replace('Join code: ', '').trim();
    expect(code).toMatch(/^[A-Z2-9]{5}$/);

    const students = await Promise.all(['Ana', 'Ben'].map(() => device(`join.html?code=${code}`)));
    for (const [i, page] of students.entries()) {
      await page.getByLabel('Your name').fill(i === 0 ? 'Ana' : 'Ben');
      await button(page, 'Join').click();
      await page.getByText(/Wait for your teacher/).waitFor();
    }
    await teacher.getByText('Students: 2', { exact: true }).waitFor();
    // The teacher pairs them: Ana with Ben (the partner select also offers the computer).
    await teacher
      .getByRole('combobox', { name: 'Student', exact: true })
      .selectOption({ label: 'Ana' });
    await teacher
      .getByRole('combobox', { name: 'Partner', exact: true })
      .selectOption({ label: 'Ben' });
    await button(teacher, 'Pair them').click();
    await teacher.getByText('Ana with Ben', { exact: true }).waitFor();
    await button(teacher, 'Start every call').click();
    for (const page of students) await page.getByText(/^You are /).waitFor();

    // Whoever's turn it is plays it, until both pages show the ending.
    let turns = 0;
    for (;;) {
      let states: string[] = [];
      await expect
        .poll(async () => (states = await Promise.all(students.map(stateOf))), {
          timeout: 30_000,
        })
        .not.toEqual(['theirs', 'theirs']);
      if (states.includes('ended')) break;
      const mover = students[states.indexOf('mine')];
      if (!mover) throw new Error('a student whose turn it is');
      const before = await mover.locator('.live-transcript p').count();
      await playTurn(mover);
      await expect.poll(() => mover.locator('.live-transcript p').count()).toBeGreaterThan(before);
      expect(++turns).toBeLessThan(40);
    }
    for (const page of students) {
      await page.getByText(/^The call is over: /).waitFor();
      await page.getByRole('link', { name: 'Open your debrief' }).waitFor();
    }
    const ending = (await students[0]?.getByText(/^The call is over: /).innerText()) ?? '';
    const title = ending.replace('The call is over: ', '').replace(/\.$/, '');
    // The teacher's dashboard shows the call ended with the same ending, and both results' links.
    await teacher.locator('table.live-calls td', { hasText: title }).waitFor();
    const links = (await teacher.locator('textarea.live-links').inputValue()).split('\n');
    expect(links).toHaveLength(2);
    // Then the class's results as class.html shows them: the endings, the deal map, the gradebook CSV.
    await teacher.getByRole('img', { name: 'How many calls reached each ending' }).waitFor();
    await teacher.getByRole('heading', { name: 'Every student’s deal' }).waitFor();
    const download = teacher.waitForEvent('download');
    await button(teacher, 'Download a CSV for the gradebook (all 2 results loaded)').click();
    const csv = await text(await (await download).createReadStream());
    expect(csv.split(/\r?\n/).filter((l) => /^"?(Ana|Ben)\b/.test(l))).toHaveLength(2);
    expect(csv).toContain(title);
    expect(problems).toEqual([]);
  });
});
