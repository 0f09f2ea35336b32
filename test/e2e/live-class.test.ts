// A live class in the browser: the teacher goes from the static site's title
// screen ("Run a live class…", the server's address) to the live page, opens a class, two
// students join from two browser contexts (two devices), the teacher starts
// their call, and the students play it to an ending in the game's own scenes
// (the call screen's controls, then the ending and its debrief, from the
// server's record); the teacher's dashboard follows it to the end. The live server
// runs in this process on 127.0.0.1 and serves the built site (forwarded from
// the run's site server). One browser, waits for states only.
import type { RequestListener } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, button, chromiumPath, isOn, sharedBrowser } from './browser.ts';
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
  // The page's WebSockets, kept where the test can cut them (a closed lid, flaky Wi-Fi).
  await page.addInitScript(() => {
    const sockets: WebSocket[] = [];
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        sockets.push(this);
      }
    };
    (window as unknown as { cutConnection: () => void }).cutConnection = () => {
      for (const s of sockets) if (s.readyState === Native.OPEN) s.close(3000);
    };
  });
  page.on('console', (m) => {
    // Offline (the reconnect test), the page's tries to reach the server fail: expected, not a fault.
    if (m.text().includes('net::ERR_INTERNET_DISCONNECTED')) return;
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

/** What a student's game shows now (its store, as the game's page exposes it): their turn, the other's, or the ending. */
const stateOf = (page: Page): Promise<'mine' | 'theirs' | 'ended'> =>
  page.evaluate(() => {
    const w = window as unknown as {
      standoff?: { store: { getState(): { screen: string; call: { myTurn: boolean } | null } } };
    };
    const s = w.standoff?.store.getState();
    return s?.screen === 'ending' ? 'ended' : s?.call?.myTurn ? 'mine' : 'theirs';
  });

/** How long the transcript of a student's game is (it grows with each move the server takes). */
const transcriptLength = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const w = window as unknown as {
      standoff?: { store: { getState(): { call: { transcript: unknown[] } | null } } };
    };
    return w.standoff?.store.getState().call?.transcript.length ?? 0;
  });

/** A student's call as their game's store holds it (the transcript, meters, moves, whose turn). */
const callNow = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const w = window as unknown as { standoff?: { store: { getState(): { call: unknown } } } };
    return JSON.stringify(w.standoff?.store.getState().call ?? null);
  });

/**
 * A student's connection drops mid-call (the device goes offline and its
 * socket is cut): the game says it is reconnecting, and its tries fail while
 * offline; once online again, Colyseus's reconnection takes the seat the call
 * room held, and the game is back in the same call, with the same state, in
 * seconds. Returns how long that took from going online, in ms.
 */
async function dropAndResume(page: Page): Promise<number> {
  const before = await callNow(page);
  await page.context().setOffline(true);
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[]; cutConnection: () => void };
    w.seen = [];
    const status = document.querySelector('.live-banner [role="status"]');
    if (!status) throw new Error('no status above the game');
    new MutationObserver(() => w.seen.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    w.cutConnection();
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  await expect.poll(seen, { timeout: 10_000 }).toEqual(['Connection lost: reconnecting…']);
  await page.context().setOffline(false);
  const online = Date.now();
  await expect.poll(seen, { timeout: 15_000 }).toEqual(['Connection lost: reconnecting…', '']);
  const back = Date.now() - online;
  expect(await callNow(page)).toBe(before);
  return back;
}

/** Whether a page's game has the sound on (its store's setting, which mutes Howler when off). */
const soundOn = (page: Page): Promise<boolean | undefined> =>
  page.evaluate(() => {
    const w = window as unknown as { standoff?: { store: { getState(): { sound: boolean } } } };
    return w.standoff?.store.getState().sound;
  });

/** One turn through the call screen's controls: accept a proposal on the table, else propose the first open issue's first option. */
async function playTurn(page: Page): Promise<void> {
  if (await isOn(page, 'Accept their proposal')) {
    await button(page, 'Accept their proposal').click();
    return;
  }
  await page.locator('button[data-group^="issue-"]:enabled').first().click();
  await button(page, 'Propose this package').click();
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
    // The class list: students pick their name from it (or type it; the server checks it).
    await teacher.getByLabel(/^Your students’ names/).fill('Ana\nBen');
    await button(teacher, 'Open the class').click();
    const codeText = await teacher.getByText(/^Join code: /).innerText();
    const code = codeText.replace('Join code: ', '').trim();
    expect(code).toMatch(/^[A-Z2-9]{5}$/);
    // The join page's address and its QR code, for the projector.
    await teacher.getByText(`${origin}/join.html?code=${code}`, { exact: false }).waitFor();
    await teacher.getByRole('img', { name: 'QR code of the join page' }).waitFor();

    const students = await Promise.all(['Ana', 'Ben'].map(() => device(`join.html?code=${code}`)));
    // Ben has turned the sound off in the game before (his preference, kept on this device).
    await students[1]?.evaluate(() => localStorage.setItem('standoff.sound', 'off'));
    for (const [i, page] of students.entries()) {
      const offered = page.locator('#class-names option');
      await expect
        .poll(() => offered.evaluateAll((o) => o.map((x) => x.getAttribute('value'))), {
          timeout: 10_000,
        })
        .toEqual(['Ana', 'Ben']);
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
    // Each student's call opens in the game's own call screen (its meters, transcript and moves).
    // (The game's module, Phaser and the scenes, is fetched once the seat is taken: slow under load.)
    for (const page of students) await button(page, 'Hang up').waitFor({ timeout: 60_000 });

    // Whoever's turn it is plays it, until both games show the ending.
    let turns = 0;
    for (;;) {
      let states: string[] = [];
      const someoneCan = async () => {
        states = await Promise.all(students.map(stateOf));
        return states.includes('mine') || states.every((s) => s === 'ended');
      };
      await expect.poll(someoneCan, { timeout: 30_000 }).toBe(true);
      const mover = students[states.indexOf('mine')];
      if (!mover) break;
      // Once, mid-call: the player's connection drops and comes back; then they play on.
      if (turns === 2) {
        const started = Date.now();
        const back = await dropAndResume(mover);
        console.log(
          `back ${back} ms after going online; the drop took ${Date.now() - started} ms in all`,
        );
      }
      const before = await transcriptLength(mover);
      await playTurn(mover);
      await expect.poll(() => transcriptLength(mover), { timeout: 30_000 }).toBeGreaterThan(before);
      expect(++turns).toBeLessThan(40);
    }
    // The ending screen and its debrief, made from the result the server stored.
    for (const page of students) await button(page, 'Full debrief and replay').waitFor();
    const title = await students[0]?.evaluate(() => {
      const w = window as unknown as {
        standoff: { store: { getState(): { ending: { title: string } | null } } };
      };
      return w.standoff.store.getState().ending?.title ?? '';
    });
    expect(title).not.toBe('');
    // Each student's game follows their own sound preference: off for Ben, as he left it.
    expect(await Promise.all(students.map(soundOn))).toEqual([true, false]);
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
