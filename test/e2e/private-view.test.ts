// A player's screen holds only what that player may see, in the built game:
// a game as the US and as Mexico against the computer, and one in hot seat,
// and at each point of the call (the title, the briefing, the greetings, the
// player's turns, each handover) the page is searched for the other side's
// private parts — their brief, goals and walk-away text, their walk-away,
// values and weights, their style, their red lines that are not public — and
// for the seed. Searched: the whole DOM (every text and attribute, hidden or
// not), the text drawn on the canvas, and what the page puts on `window`
// (window.standoff: the store's state, the Phaser game). The secrets come from
// the bundled scenario file itself, so a leak of any of them fails the test.
// On the handover screen of a hot seat, neither side's secrets may show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Scenario } from '../../src/scenario/schema.ts';
import { seedFrom } from '../../src/negotiation/random.ts';
import { loadOrThrow } from '../helpers.ts';
import { baseUrl, button, chromiumPath, sharedBrowser, watch } from './browser.ts';

const FILE = 'scenarios/2019-06-us-mexico-tariff-migration.yaml';
const scenario = loadOrThrow(FILE);
const SEED_WORD = 'private-view';
/** The seed the page plays with (the link's word, hashed as the game hashes it). */
const SEED = seedFrom(SEED_WORD);

interface SideSecrets {
  id: string;
  walkAway: number;
  style: string;
  /** Their value of each option, their weights and their values of deferring an issue. */
  numbers: number[];
  hiddenRedLines: { issue: string; option: string }[];
}

/** What the page must not hold now: text fragments, the seed, and each hidden side's private data. */
interface Probe {
  texts: string[];
  seed: number;
  sides: SideSecrets[];
}

/** A side's private texts: each sentence of its brief and walk-away text, each goal. */
function privateTexts(s: Scenario['sides'][number]): string[] {
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);
  return [...sentences(s.brief), ...s.goals, ...sentences(s.walkAwayText ?? '')];
}

/** The secrets of `hidden` sides: their texts found nowhere else in the scenario (so nowhere by right). */
function probeFor(hidden: string[]): Probe {
  const sides = scenario.sides.filter((s) => hidden.includes(s.id));
  const blanked = structuredClone(scenario);
  for (const s of blanked.sides)
    if (hidden.includes(s.id)) Object.assign(s, { brief: '', goals: [], walkAwayText: '' });
  const { translations: _translations, ...open } = blanked;
  const publicText = JSON.stringify(open);
  const texts = sides
    .flatMap(privateTexts)
    .map((t) => t.trim())
    .filter((t) => t.length >= 16 && !publicText.includes(JSON.stringify(t).slice(1, -1)));
  return {
    texts,
    seed: SEED,
    sides: sides.map((s) => ({
      id: s.id,
      walkAway: s.walkAway,
      style: s.style,
      numbers: scenario.issues.flatMap((i) => [
        i.weights[s.id] ?? -1,
        i.deferred?.values?.[s.id] ?? -1,
        ...i.options.map((o) => o.values[s.id] ?? -1),
      ]),
      hiddenRedLines: s.redLines
        .filter((r) => !r.public)
        .map(({ issue, option }) => ({ issue, option })),
    })),
  };
}

/**
 * Runs in the page: every place the probe's secrets are found. The DOM's texts and attributes
 * (hidden ones too), the text of every object the active scenes draw, the store's state (where
 * the keys a secret would sit under are looked at too), the rest of window.standoff and any
 * other global the page adds to a fresh window's.
 */
function scanPage(probe: Probe): string[] {
  const found: string[] = [];
  const seedText = String(probe.seed);
  const checkText = (where: string, text: string) => {
    for (const t of probe.texts) if (text.includes(t)) found.push(`${where}: "${t}"`);
    if (text.includes(seedText)) found.push(`${where}: the seed`);
  };
  for (const el of Array.from(document.getElementsByTagName('*')))
    for (const a of Array.from(el.attributes))
      checkText(`<${el.tagName.toLowerCase()} ${a.name}>`, a.value);
  const texts = document.createTreeWalker(
    document.documentElement,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT,
  );
  for (let n = texts.nextNode(); n; n = texts.nextNode())
    checkText(`text in <${n.parentElement?.tagName.toLowerCase()}>`, n.nodeValue ?? '');

  interface Page {
    store: { getState(): Record<string, unknown> };
    game: { scene: { getScenes(active: boolean): { children: { list: unknown[] } }[] } };
  }
  const page = (window as unknown as { standoff: Page }).standoff;
  for (const scene of page.game.scene.getScenes(true))
    for (const shown of scene.children.list) {
      const text = (shown as { text?: unknown }).text;
      if (typeof text === 'string') checkText('canvas text', text);
    }

  const state = page.store.getState();
  const call = state.call as { view?: { game?: { redLinesInvoked?: unknown[] } } } | null;
  const voiced = JSON.stringify(call?.view?.game?.redLinesInvoked ?? []);
  const keyed = (key: string, value: unknown, path: string) => {
    if (['seed', 'rng', 'models', 'styles'].includes(key)) found.push(`${path}.${key}`);
    for (const side of probe.sides) {
      const at = `${path}.${key} (${side.id})`;
      if (key === 'walkAway' && value === side.walkAway) found.push(`${at}: walk-away`);
      if (key === 'style' && value === side.style) found.push(`${at}: style`);
      if (key === side.id && typeof value === 'number' && side.numbers.includes(value))
        found.push(`${at}: a value or weight`);
      if ((key === 'redLines' || key === 'knownRedLines') && Array.isArray(value))
        for (const r of side.hiddenRedLines)
          if (
            value.some(
              (x: { issue?: string; option?: string }) =>
                x.issue === r.issue && x.option === r.option,
            ) &&
            !voiced.includes(`"option":"${r.option}"`)
          )
            found.push(`${at}: hidden red line ${r.issue}/${r.option}`);
    }
  };
  const seen = new Set<unknown>();
  let budget = 300_000;
  const walk = (value: unknown, path: string, inState: boolean): void => {
    if (budget-- <= 0) return;
    if (typeof value === 'string') return checkText(path, value);
    if (typeof value === 'number') {
      if (value === probe.seed) found.push(`${path}: the seed`);
      return;
    }
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    // The page's own objects are searched above (the DOM) or are the browser's (storage: the
    // autosave keeps the record there, by design; see docs/privacy.md).
    const browsers = [Node, Window, Storage, ArrayBuffer, Event, CanvasRenderingContext2D];
    if (browsers.some((type) => value instanceof type) || ArrayBuffer.isView(value)) return;
    if (typeof WebGLRenderingContext !== 'undefined' && value instanceof WebGLRenderingContext)
      return;
    const entries: [string, unknown][] =
      value instanceof Map
        ? [...value.entries()].map(([k, v]) => [String(k), v])
        : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
    for (const [key, v] of entries) {
      if (inState) keyed(key, v, path);
      walk(v, `${path}.${key}`, inState);
    }
  };
  walk(state, 'state', true);
  walk(page.game, 'window.standoff.game', false);
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const fresh = new Set(Object.getOwnPropertyNames(frame.contentWindow ?? {}));
  frame.remove();
  for (const name of Object.getOwnPropertyNames(window))
    if (!fresh.has(name) && name !== 'standoff')
      walk((window as unknown as Record<string, unknown>)[name], `window.${name}`, false);
  if (budget <= 0) found.push('too much to walk: the search stopped before the end');
  return found;
}

let context: BrowserContext | undefined;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!chromiumPath) return;
  const browser = await sharedBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  watch(page, problems);
});
afterAll(async () => {
  await context?.close();
});

const otherOf = (side: string) => scenario.sides.find((s) => s.id !== side)?.id ?? '';

/** Where the game stands: a point where the test looks, then acts as a player would. */
type Point =
  'title' | 'briefing' | 'handover' | 'ringing' | 'greetings' | 'closing' | 'thinking' | 'turn';

const pointNow = async (): Promise<{ point: Point; side: string }> => {
  const handle = await page.waitForFunction(() => {
    interface State {
      screen: string;
      setup: { side: string };
      thinking: boolean;
      can: Record<string, boolean>;
      call: { phase: string; myTurn: boolean } | null;
    }
    const w = window as unknown as { standoff?: { store: { getState(): State } } };
    const s = w.standoff?.store.getState();
    if (!s) return false;
    const at = (point: string) => ({ point, side: s.setup.side });
    if (s.screen === 'title') return s.can.openBriefing && at('title');
    if (s.screen === 'briefing' || s.screen === 'handover') return at(s.screen);
    if (s.screen !== 'call') return at(s.screen);
    if (s.can.answer) return at('ringing');
    if (s.can.proceed) return at(s.call?.phase === 'closing' ? 'closing' : 'greetings');
    if (s.thinking) return at('thinking');
    return s.call?.myTurn === true && at('turn');
  });
  return (await handle.jsonValue()) as { point: Point; side: string };
};

/** The secrets of `hidden` found on the page now, once `shown` (the point's own control) is on screen. */
async function secretsAt(shown: string | RegExp, hidden: string[]): Promise<string[]> {
  await button(page, shown).first().waitFor();
  return page.evaluate(scanPage, probeFor(hidden));
}

/**
 * Presses a button of the DOM layer (its own click handler, which does nothing when it is
 * disabled): dispatched, as this test is about what the page holds, not about pointing, and
 * Playwright's click waits for frames to hold still, seconds each on a loaded machine.
 */
const press = (name: string | RegExp) => button(page, name).dispatchEvent('click');

/** A teacher's link to the scenario as `side`, for one or two players, once the title has applied it. */
async function openLink(side: string, players: 1 | 2): Promise<void> {
  const query = `scenario=2019-06-us-mexico-tariff-migration&lang=en&seed=${SEED_WORD}`;
  await page.goto(`${baseUrl}?${query}&side=${side}&players=${players}`);
  await page.waitForFunction(
    ([side, players]) => {
      const w = window as unknown as {
        standoff?: { store: { getState(): { setup: { side: string; players: number } } } };
      };
      const setup = w.standoff?.store.getState().setup;
      return setup?.side === side && setup.players === players;
    },
    [side, players] as const,
  );
}

/**
 * Plays from the title screen until `moves` moves were made (by either player, in hot seat),
 * searching the page at every point for the secrets of whoever is not at the screen. Returns
 * the points looked at. With `control`, the briefing is searched for the player's own secrets
 * too, which must be found there: the search sees what a leak would show.
 */
async function playAndSearch(moves: number, control = false): Promise<string[]> {
  const looked: string[] = [];
  const expectNone = async (shown: string | RegExp, hidden: string[], at: string) => {
    looked.push(at);
    expect(await secretsAt(shown, hidden), at).toEqual([]);
  };
  const everyone = scenario.sides.map((s) => s.id);
  let made = 0;
  for (let step = 0; step < 60 && made < moves; step++) {
    const { point, side } = await pointNow();
    const at = `${point} (${side})`;
    if (point === 'title') {
      await expectNone('Read the briefing', everyone, at);
      await press('Read the briefing');
    } else if (point === 'briefing') {
      await expectNone('Take the call', [otherOf(side)], at);
      if (control) await expectOwnSecrets(side);
      await press('Take the call');
    } else if (point === 'handover') {
      // The screen between two players hides both.
      const pass = /^I am .*: show my screen$/;
      await expectNone(pass, everyone, at);
      await press(pass);
    } else if (point === 'ringing') await press('Answer the phone');
    else if (point === 'greetings') {
      await expectNone('Continue', [otherOf(side)], at);
      await press('Continue');
    } else if (point === 'thinking') await page.keyboard.press('Escape');
    else if (point === 'turn') {
      await expectNone('Respectful', [otherOf(side)], at);
      await press('Respectful');
      made += 1;
    } else break;
  }
  return looked;
}

/** The player's own brief (in the DOM) and walk-away (in the store's state) are found on their briefing. */
async function expectOwnSecrets(side: string): Promise<void> {
  const own = await secretsAt('Take the call', [side]);
  expect(own.some((f) => f.startsWith('text in') || f.startsWith('<'))).toBe(true);
  expect(own.some((f) => f.startsWith('state.') && f.includes('walk-away'))).toBe(true);
}

describe.skipIf(!chromiumPath)("a player's screen holds only what that player may see", () => {
  it('as the US against the computer', async () => {
    await openLink('us', 1);
    const looked = await playAndSearch(2, true);
    expect(looked).toEqual(
      expect.arrayContaining(['title (us)', 'briefing (us)', 'greetings (us)', 'turn (us)']),
    );
  });

  it('as Mexico against the computer', async () => {
    await openLink('mexico', 1);
    const looked = await playAndSearch(2);
    expect(looked).toEqual(expect.arrayContaining(['briefing (mexico)', 'turn (mexico)']));
  });

  it('in hot seat: each player’s screen, and the handover between them', async () => {
    await openLink('mexico', 2);
    const looked = await playAndSearch(3);
    expect(looked).toEqual(
      expect.arrayContaining([
        'briefing (mexico)',
        'handover (mexico)',
        'briefing (us)',
        'turn (mexico)',
        'turn (us)',
      ]),
    );
    expect(problems).toEqual([]);
  });
});
