// Accessibility of the built game and its pages, checked the way a student
// with a screen reader, a keyboard, reduced motion or large text meets them:
// axe-core finds no violation on any screen of the DOM layer or any page; Tab
// follows the order the eye reads the call; every line and meter change is
// announced once, with the sounds' captions; reduced motion shows lines whole
// and moves nothing; the text size is kept and makes the text bigger.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import {
  baseUrl,
  button,
  chromiumPath,
  openGame,
  watch,
  type Session,
  hangUp,
  sharedBrowser,
} from './browser.ts';
import { repoPath } from '../helpers.ts';
import { readState, toFirstTurn, untilMyTurn } from './turns.ts';

// Injected with evaluate, not a <script>: the pages' Content-Security-Policy (script-src 'self') would block that.
const AXE_SOURCE = readFileSync(repoPath('node_modules/axe-core/axe.min.js'), 'utf8');

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** axe-core's violations on the page as it is now, one line each: where, rule, impact, elements. */
async function axeViolations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.map(
    (v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.slice(0, 5).join(', ')}`,
  );
}

/** The paragraphs of the aria-live transcript. */
const liveLines = (page: Page): Promise<string[]> => page.locator('[role="log"] p').allInnerTexts();

describe.skipIf(!chromiumPath)('accessibility of the game and its pages', () => {
  it('has no axe violation on any screen of the game, its dialogs or the debrief', async () => {
    session = await openGame('?seed=access');
    const { page } = session;
    const found: string[] = [];
    await button(page, 'Read the briefing').waitFor();
    found.push(...(await axeViolations(page, 'title')));
    await button(page, 'Link for my class…').click();
    const classLink = page.getByRole('dialog', { name: 'A link for your class' });
    await classLink.waitFor();
    found.push(...(await axeViolations(page, 'class link dialog')));
    await classLink.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => classLink.count()).toBe(0);
    await button(page, 'Read the briefing').click();
    await button(page, 'Take the call').waitFor();
    found.push(...(await axeViolations(page, 'briefing')));
    await button(page, 'Take the call').click();
    await button(page, 'Answer the phone').waitFor();
    found.push(...(await axeViolations(page, 'call, ringing')));
    await button(page, 'Answer the phone').click();
    await button(page, 'Continue').click();
    await untilMyTurn(page);
    // Mid-call with a package half built on the table (the game has no proposal dialog: the table is it).
    await page.locator('button[data-group^="issue-"]:enabled').first().click();
    found.push(...(await axeViolations(page, 'call, building a proposal')));
    // The "?" list of keys, then "Hang up?": both dialogs of the call.
    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await keys.waitFor();
    found.push(...(await axeViolations(page, 'call, keyboard shortcuts dialog')));
    await page.keyboard.press('Escape');
    await expect.poll(() => keys.count()).toBe(0);
    await button(page, 'Hang up').click();
    await page.getByRole('dialog', { name: 'Hang up?' }).waitFor();
    found.push(...(await axeViolations(page, 'call, hang-up dialog')));
    await button(page, 'Yes, hang up').click();
    await button(page, 'See how it ended').waitFor();
    found.push(...(await axeViolations(page, 'call, closing')));
    await button(page, 'See how it ended').click();
    for (const tab of ['The deal', 'Your moves', 'Their strategy', 'What happened']) {
      await button(page, tab).click();
      await expect.poll(() => button(page, tab).getAttribute('aria-pressed')).toBe('true');
      found.push(...(await axeViolations(page, `ending, ${tab}`)));
    }
    await button(page, 'Hand in…').click();
    const dialog = page.getByRole('dialog', { name: 'Hand in your result' });
    await dialog.waitFor();
    await dialog.getByLabel('Your name (as your teacher knows you)').fill('Ana Test');
    await expect.poll(() => dialog.locator('.qr svg').count()).toBe(1);
    found.push(...(await axeViolations(page, 'hand-in dialog')));
    const link = await dialog.getByLabel('The same result as a link').inputValue();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    await page.goto(link);
    await page.locator('table.moves tbody tr').first().waitFor();
    found.push(...(await axeViolations(page, 'debrief page')));
    expect(found).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('has no axe violation on the problems screen, the editor, the empty debrief or the class page', async () => {
    session = await openGame();
    const { page } = session;
    const found: string[] = [];
    await button(page, 'Read the briefing').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await button(page, 'Open a scenario file…').click();
    await (await chooser).setFiles(repoPath('test/fixtures/broken/red-line-option-typo.yaml'));
    await button(page, 'Back to the title screen').waitFor();
    found.push(...(await axeViolations(page, 'problems screen')));

    await page.goto(`${baseUrl}editor.html`);
    await page.locator('.cm-content').waitFor();
    found.push(...(await axeViolations(page, 'editor')));

    await page.goto(`${baseUrl}debrief.html`);
    await button(page, 'Open a result file…').waitFor();
    found.push(...(await axeViolations(page, 'debrief page, empty')));

    const classPage = await page.goto(`${baseUrl}class.html`);
    if (classPage?.ok()) {
      await page.waitForLoadState('networkidle');
      found.push(...(await axeViolations(page, 'class page')));
    }
    expect(found).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('moves the keyboard focus through the call in the order the eye reads it', async () => {
    session = await openGame('?seed=focus-order');
    const { page } = session;
    await toFirstTurn(page, async (moment) =>
      expect(await tabOrderProblems(page), moment).toEqual([]),
    );
    expect(session.problems).toEqual([]);
  });

  it('announces every line and meter change once, with the sounds’ captions, and keeps the meters readable', async () => {
    session = await openGame('?seed=live-once');
    const { page } = session;
    await button(page, 'Read the briefing').waitFor();
    await page.evaluate(installSceneProbe);
    await toFirstTurn(page);
    const onScreen = await page.evaluate(() => callSceneTexts());
    expect(onScreen.filter((t) => t === '[The phone rings]')).toHaveLength(1);
    expect(onScreen.filter((t) => t === '[Click: the line opens]')).toHaveLength(1);
    await button(page, 'Respectful').click();
    await untilMyTurn(page);
    await hangUp(page);
    await button(page, 'See how it ended').waitFor();

    const log = await liveLines(page);
    const { call } = await readState(page);
    const said = (call?.transcript ?? []).map((l) =>
      l.kind === 'line' ? `${l.speaker ?? ''}: ${l.text}` : l.text,
    );
    expect(said.some((l) => /^[+−±]\d/.test(l))).toBe(true); // at least one meter change
    for (const line of new Set(said))
      expect
        .soft(log.filter((l) => l === line).length, `announced as often as it was said: ${line}`)
        .toBe(said.filter((l) => l === line).length);
    for (const caption of ['[The phone rings]', '[Click: the line opens]', '[Low, uneasy music]'])
      expect(log.filter((l) => l === caption)).toEqual([caption]);
    expect(log.filter((l) => l.startsWith('[Click, then the dial tone'))).toHaveLength(1);
    // The ring comes first; the pick-up before the greeting said with it.
    expect(log[0]).toBe('[The phone rings]');
    expect(log[1]).toBe('[Click: the line opens]');
    // The same captions are in the transcript on the screen.
    const canvasText = await page.evaluate(() => callSceneTexts().join('\n'));
    expect(canvasText).toContain('[Click, then the dial tone: the line is dead]');
    // The meters, as text a screen reader reads at any time.
    const meters = page.getByRole('meter');
    expect(await meters.count()).toBeGreaterThanOrEqual(2);
    expect(await meters.first().getAttribute('aria-valuetext')).toMatch(/^\d+ of 100/);
    expect(session.problems).toEqual([]);
  });

  it('with reduced motion, shows each line whole at once and moves nothing', async () => {
    if (!chromiumPath) return;
    const browser = await sharedBrowser();
    try {
      const shown: Record<string, { whole: boolean; moving: string[] }> = {};
      for (const motion of ['no-preference', 'reduce'] as const) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 720 },
          reducedMotion: motion,
        });
        const page = await context.newPage();
        const problems: string[] = [];
        watch(page, problems);
        await page.addInitScript(installSceneProbe);
        await page.goto(`${baseUrl}?seed=motion`);
        await button(page, 'Read the briefing').click();
        await button(page, 'Take the call').click();
        await button(page, 'Answer the phone').click();
        await button(page, 'Continue').click();
        await untilMyTurn(page);
        // Arm the probe, then move: at the moment the answer arrives, is it on screen whole?
        await page.evaluate(() => armProbe());
        await button(page, 'Threatening').click();
        await page.keyboard.press('Escape');
        await expect.poll(() => page.evaluate(() => probeResult())).not.toBeNull();
        const result = await page.evaluate(() => probeResult());
        shown[motion] = result ?? { whole: false, moving: [] };
        expect(problems).toEqual([]);
        await context.close();
      }
      // Without the setting the line types out, and the meters ease; with it, neither.
      expect(shown['no-preference']?.whole).toBe(false);
      expect(shown['no-preference']?.moving.length).toBeGreaterThan(0);
      expect(shown.reduce).toEqual({ whole: true, moving: [] });
    } finally {
      await browser.close();
    }
  });

  it('keeps a larger text size across a reload, and draws the text bigger', async () => {
    session = await openGame();
    const { page } = session;
    const textSize = page.getByRole('button', { name: /^Text size: \d+%$/ });
    await textSize.waitFor();
    await page.evaluate(installSceneProbe);
    expect(await textSize.getAttribute('aria-label')).toBe('Text size: 100%');
    const before = await page.evaluate(() => fontSizeOf('You play'));
    await textSize.click();
    await textSize.click();
    await expect.poll(() => textSize.getAttribute('aria-label')).toBe('Text size: 150%');
    // A keyboard user keeps the focus on the control through the redraw.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Text size: 150%',
    );
    await page.reload();
    await expect.poll(() => textSize.getAttribute('aria-label')).toBe('Text size: 150%');
    await page.evaluate(installSceneProbe);
    expect(await page.evaluate(() => localStorage.getItem('standoff.textSize'))).toBe('150');
    const after = await page.evaluate(() => fontSizeOf('You play'));
    expect(after).toBeGreaterThan(before);
    // The DOM layer's own text (the hand-in dialog, in rem) grows with it.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
      '24px',
    );
    expect(session.problems).toEqual([]);
  });
});

/**
 * Tab from the top of the page through every control, and compare with the
 * order the eye reads the screen: rows top to bottom, and where the screen is
 * cut into columns (the table beside the moves), each column left to right,
 * top to bottom — a recursive XY cut of the controls' boxes, in which a named
 * group of controls (the table, the moves) counts as one box, read inside.
 */
async function tabOrderProblems(page: Page): Promise<string[]> {
  const layout = await page.evaluate(() => {
    const usable = (b: Element) => !(b as HTMLButtonElement).disabled && !(b as HTMLElement).hidden;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { label: e.getAttribute('aria-label') ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const layer = document.querySelector('.overlay-layer');
    return [...(layer?.children ?? [])].flatMap((child) => {
      // Buttons, and the transcript's scroll bar (focusable, moved by keys).
      if (child.tagName === 'BUTTON' || child.getAttribute('role') === 'scrollbar')
        return usable(child) ? [{ ...box(child), members: [] }] : [];
      if (!child.classList.contains('overlay-group')) return [];
      const members = [...child.querySelectorAll('button')].filter(usable).map(box);
      if (members.length === 0) return [];
      const x = Math.min(...members.map((m) => m.x));
      const y = Math.min(...members.map((m) => m.y));
      const w = Math.max(...members.map((m) => m.x + m.w)) - x;
      const h = Math.max(...members.map((m) => m.y + m.h)) - y;
      return [{ label: child.getAttribute('aria-label') ?? '', x, y, w, h, members }];
    });
  });
  // Tab from the top of the page: a stand-in control before everything, removed after the first Tab.
  await page.evaluate(() => {
    const start = document.createElement('button');
    start.id = 'tab-start';
    document.body.prepend(start);
    start.focus();
  });
  const count = layout.reduce((n, item) => n + Math.max(1, item.members.length), 0);
  const tabbed: string[] = [];
  for (let i = 0; i < count + 2; i++) {
    await page.keyboard.press('Tab');
    if (i === 0) await page.evaluate(() => document.getElementById('tab-start')?.remove());
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      return e?.closest('.overlay-layer') ? (e.getAttribute('aria-label') ?? '') : null;
    });
    if (focused === null || (tabbed.length > 0 && focused === tabbed[0])) break;
    tabbed.push(focused);
  }
  const expected = readingOrder(layout).flatMap((item) =>
    item.members.length > 0 ? readingOrder(item.members).map((m) => m.label) : [item.label],
  );
  return tabbed.join(' | ') === expected.join(' | ')
    ? []
    : [`Tab goes: ${tabbed.join(' | ')}`, `the eye reads: ${expected.join(' | ')}`];
}

interface Box {
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

function readingOrder<B extends Box>(boxes: B[]): B[] {
  if (boxes.length <= 1) return boxes;
  const rows = cut(
    boxes,
    (b) => b.y,
    (b) => b.y + b.h,
  );
  if (rows.length > 1) return rows.flatMap(readingOrder);
  const columns = cut(
    boxes,
    (b) => b.x,
    (b) => b.x + b.w,
  );
  if (columns.length > 1) return columns.flatMap(readingOrder);
  return [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Splits boxes into groups with a clear gap between them along one axis. */
function cut<B extends Box>(boxes: B[], start: (b: B) => number, end: (b: B) => number): B[][] {
  const sorted = [...boxes].sort((a, b) => start(a) - start(b));
  const groups: B[][] = [];
  let reach = -Infinity;
  for (const b of sorted) {
    const last = groups.at(-1);
    if (last && start(b) < reach - 0.5) {
      last.push(b);
      reach = Math.max(reach, end(b));
    } else {
      groups.push([b]);
      reach = end(b);
    }
  }
  return groups;
}

// Functions run in the page (declared for TypeScript; defined by installSceneProbe).
declare function callSceneTexts(): string[];
declare function fontSizeOf(text: string): number;
declare function armProbe(): void;
declare function probeResult(): { whole: boolean; moving: string[] } | null;

/**
 * Runs in the page before the game: helpers that look at the Phaser scenes
 * through window.standoff.game — the texts the call scene draws, a text's font
 * size, and a probe that, once the scene has drawn the computer's answer
 * (its redraw after a change spreads over a few frames), records whether the
 * answer shows whole (drawn, and not typing) and which tweens move anything
 * other than opacity (or whether the camera shakes).
 */
function installSceneProbe(): void {
  type Text = { type: string; text: string; style: { fontSize: string } };
  type Tween = { data: { key: string }[] | null; isDestroyed?: () => boolean };
  type Scene = {
    children: { list: Text[] };
    /** The call's parts while it runs (scenes/call-scene.ts). */
    screen?: { transcript: { typing(): boolean } } | null;
    redraw?: { busy(): boolean } | null;
    tweens: { getTweens(): Tween[] };
    cameras: { main: { shakeEffect: { isRunning: boolean } } };
  };
  type Standoff = {
    game: { scene: { getScene(key: string): Scene; getScenes(active: boolean): Scene[] } };
    store: {
      getState(): { call: { transcript: { kind: string; text: string }[] } | null };
      subscribe(fn: () => void): () => void;
    };
  };
  const standoff = () => (window as unknown as { standoff: Standoff }).standoff;
  const texts = (scene: Scene) => scene.children.list.filter((o) => o.type === 'Text');
  const w = window as unknown as Record<string, unknown>;
  w.callSceneTexts = () => texts(standoff().game.scene.getScene('call')).map((t) => t.text);
  w.fontSizeOf = (wanted: string) => {
    for (const scene of standoff().game.scene.getScenes(true))
      for (const t of texts(scene))
        if (t.text === wanted) return Number.parseFloat(t.style.fontSize);
    return 0;
  };
  let result: { whole: boolean; moving: string[] } | null = null;
  w.probeResult = () => result;
  w.armProbe = () => {
    result = null;
    const { store, game } = standoff();
    const seen = store.getState().call?.transcript.length ?? 0;
    const stop = store.subscribe(() => {
      const lines = store.getState().call?.transcript ?? [];
      const answer = lines
        .slice(seen)
        .filter((l) => l.kind === 'line')
        .at(-1);
      // The player's own line comes first; wait for the other leader's answer after it.
      if (!answer || lines.slice(seen).filter((l) => l.kind === 'line').length < 2) return;
      stop();
      const scene = game.scene.getScene('call');
      // The frame the scene has finished redrawing the change in (a state, not a pause).
      const look = () => {
        if (scene.redraw?.busy()) {
          requestAnimationFrame(look);
          return;
        }
        const drawn = texts(scene).map((t) => t.text);
        const moving = scene.tweens
          .getTweens()
          .flatMap((t) => (t.data ?? []).map((d) => d.key))
          .filter((key) => key !== 'alpha');
        if (scene.cameras.main.shakeEffect.isRunning) moving.push('camera shake');
        const typing = scene.screen?.transcript.typing() ?? false;
        result = { whole: drawn.some((t) => t.includes(answer.text)) && !typing, moving };
      };
      requestAnimationFrame(look);
    });
  };
}
