// The editor's state: checks as the teacher types, and drafts that are never
// lost — kept one entry a draft, shared with other tabs (a conflict keeps both
// versions), with storage blocked or full (the page says so), across formats.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  createEditorStore,
  createInlineChecker,
  type LoadVerdict,
  type ScenarioChecker,
} from '../../src/store/editor-store.ts';
import {
  draftKey,
  DAMAGED_PREFIX,
  DRAFT_PREFIX,
  LEGACY_DRAFTS_KEY,
  parseDraftEntry,
  type Draft,
} from '../../src/store/drafts.ts';
import { browserDraftStorage } from '../../src/ui/editor/draft-storage.ts';
import { FakeOrigin, type FakeTab } from '../fake-storage.ts';
import { fileReport, type FileReport } from '../../src/negotiation/analysis/file-report.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import { en } from '../../src/messages/en.ts';
import type * as LoadModule from '../../src/scenario/load.ts';

// Every load of a text is counted: the store itself must never load one (the checker does, in a worker).
vi.mock('../../src/scenario/load.ts', async (original) => {
  const actual = await original<typeof LoadModule>();
  return { ...actual, loadScenario: vi.fn(actual.loadScenario) };
});
import { STARTER_SCENARIO } from '../../src/scenario/starter.ts';
import { DEFAULT_SCENARIO, manualScheduler, repoPath } from '../helpers.ts';

/** The drafts an origin holds, read back entry by entry. */
function kept(origin: FakeOrigin): Draft[] {
  return [...origin.data]
    .filter(([k]) => k.startsWith(DRAFT_PREFIX))
    .flatMap(([, v]) => {
      const d = parseDraftEntry(v);
      return d === 'damaged' ? [] : [d];
    });
}

/** A checker the test answers by hand, to order results against edits. */
function pendingChecker() {
  const calls: { text: string; resolve: (r: FileReport) => void }[] = [];
  const loads: { text: string; resolve: (v: LoadVerdict) => void }[] = [];
  const checker: ScenarioChecker = {
    load: (file, text) => new Promise((resolve) => loads.push({ text, resolve })),
    check: (file, text) => new Promise((resolve) => calls.push({ text, resolve })),
    dispose() {},
  };
  return { checker, calls, loads };
}

/** The loader's problems only, answered at once: for tests of saving, not of the deeper checks (seconds each). */
const loaderOnly = (): ScenarioChecker => ({
  load: createInlineChecker(en).load,
  check: (file, text) => Promise.resolve(fileReport(file, loadScenario(file, text, en), en, false)),
  dispose() {},
});

const bundled = [
  {
    file: '2026-01-12-sheinbaum-trump-call.yaml',
    title: 'The call',
    text: readFileSync(repoPath(DEFAULT_SCENARIO), 'utf8'),
  },
];

let time = 1_000;
function make(
  tab: FakeTab = new FakeOrigin().tab(),
  checker: ScenarioChecker = createInlineChecker(en),
) {
  const clock = manualScheduler();
  const store = createEditorStore({
    storage: browserDraftStorage(tab.localStorage, tab, () => time),
    checker,
    bundled,
    scheduler: clock.scheduler,
    now: () => (time += 10),
  });
  return { store, clock, tab, actions: store.getState().actions };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the editor store', () => {
  it('starts a first visit from the starter template and saves it at once', () => {
    const origin = new FakeOrigin();
    const { store } = make(origin.tab());
    expect(store.getState().current.text).toBe(STARTER_SCENARIO);
    expect(store.getState().notice).toBeNull();
    expect(kept(origin)).toMatchObject([{ text: STARTER_SCENARIO }]);
  });

  it("shows the loader's problems after a pause in the typing, with their lines", async () => {
    const { store, clock, actions } = make();
    actions.edit(STARTER_SCENARIO.replace('callMinutes: 10', 'callMinutes: ten'));
    expect(store.getState().check.stage).toBe('pending');
    clock.flush();
    await settle();
    const { check } = store.getState();
    expect(check.stage).toBe('invalid');
    expect(check.problems[0]).toMatchObject({ severity: 'error', path: 'callMinutes' });
    expect(check.problems[0]?.line).toBe(
      STARTER_SCENARIO.split('\n').findIndex((l) => l.startsWith('callMinutes')) + 1,
    );
  });

  it('runs the deeper checks on a text that loads, and keeps a result only for the text it was made for', async () => {
    const pending = pendingChecker();
    const { store, clock, actions } = make(undefined, pending.checker);
    const loaded = async (n: number) => {
      clock.flush();
      expect(pending.loads).toHaveLength(n);
      pending.loads[n - 1]?.resolve({ loads: true, problems: [] });
      await settle();
      clock.flush();
    };
    await loaded(1);
    expect(pending.calls).toHaveLength(1);
    actions.edit(`${STARTER_SCENARIO}\n# a note`);
    pending.calls[0]?.resolve({ file: 'x', valid: true, problems: [] });
    await settle();
    expect(store.getState().check.stage).toBe('pending'); // the answer was for the old text
    await loaded(2);
    expect(pending.calls).toHaveLength(2);
    pending.calls[1]?.resolve({ file: 'x', valid: true, problems: [], endings: { a: [] } });
    await settle();
    expect(store.getState().check).toMatchObject({ stage: 'done', report: { endings: { a: [] } } });
  });

  it('saves the work after a pause, and a new visit restores it', () => {
    const origin = new FakeOrigin();
    const first = make(origin.tab(), loaderOnly());
    const edited = STARTER_SCENARIO.replace('The river dispute', 'The lake dispute');
    first.actions.edit(edited);
    expect(first.store.getState().saved.state).toBe('pending');
    first.clock.flush();
    expect(first.store.getState().saved.state).toBe('saved');
    const second = make(origin.tab());
    expect(second.store.getState().current.text).toBe(edited);
    expect(second.store.getState().notice).toBe('restored');
  });

  it('saves at once when the page is being closed', () => {
    const origin = new FakeOrigin();
    const { actions } = make(origin.tab());
    actions.edit('title: unsaved yet');
    expect(actions.hasUnsavedWork()).toBe(true);
    actions.flush();
    expect(actions.hasUnsavedWork()).toBe(false);
    expect(kept(origin).map((d) => d.text)).toEqual(['title: unsaved yet']);
  });

  it('says when the work cannot be saved, and saves again once storage works', () => {
    const origin = new FakeOrigin();
    const { store, clock, actions } = make(origin.tab(), loaderOnly());
    origin.quota = origin.used() + 50;
    actions.edit(`${STARTER_SCENARIO}# ${'x'.repeat(200)}`);
    clock.flush();
    expect(store.getState().saved).toEqual({ state: 'failed', reason: 'full' });
    expect(actions.hasUnsavedWork()).toBe(true);
    origin.quota = Infinity;
    actions.edit('a: 2');
    clock.flush();
    expect(store.getState().saved.state).toBe('saved');
    expect(actions.hasUnsavedWork()).toBe(false);
    expect(kept(origin).map((d) => d.text)).toEqual(['a: 2']);
  });

  it('keeps every damaged entry aside under its own key, and starts with the rest', () => {
    const origin = new FakeOrigin();
    origin.data.set(draftKey('a'), '{not json');
    origin.data.set(draftKey('b'), '{"version":9}');
    origin.data.set(LEGACY_DRAFTS_KEY, 'null');
    const { store } = make(origin.tab());
    expect(store.getState().notice).toBe('corrupt-storage');
    expect(store.getState().current.text).toBe(STARTER_SCENARIO);
    const aside = [...origin.data].filter(([k]) => k.startsWith(DAMAGED_PREFIX)).map(([, v]) => v);
    expect(aside.sort()).toEqual(['null', '{"version":9}', '{not json']);
    // A second visit with another damaged entry adds a copy; the first copies stay.
    origin.data.set(draftKey('c'), '[]');
    make(origin.tab());
    expect([...origin.data.keys()].filter((k) => k.startsWith(DAMAGED_PREFIX))).toHaveLength(4);
  });

  it('moves the first format (one list of all drafts) to one entry a draft, losing none', () => {
    const origin = new FakeOrigin();
    const old = [1, 2, 3].map((i) => ({
      id: `o${i}`,
      name: `f${i}.yaml`,
      text: `t${i}`,
      updatedAt: i,
    }));
    origin.data.set(
      LEGACY_DRAFTS_KEY,
      JSON.stringify({ version: 1, currentId: 'o2', drafts: old }),
    );
    const { store } = make(origin.tab());
    expect(store.getState().current.id).toBe('o2');
    expect(store.getState().notice).toBe('restored');
    expect(kept(origin).sort((a, b) => a.updatedAt - b.updatedAt)).toEqual(old);
    expect(origin.data.has(LEGACY_DRAFTS_KEY)).toBe(false);
  });

  it('keeps the first format until every draft in it has its own entry (storage full)', () => {
    const origin = new FakeOrigin();
    const old = [{ id: 'o1', name: 'f.yaml', text: 'x'.repeat(500), updatedAt: 1 }];
    origin.data.set(
      LEGACY_DRAFTS_KEY,
      JSON.stringify({ version: 1, currentId: 'o1', drafts: old }),
    );
    origin.quota = origin.used() + 100;
    const { store } = make(origin.tab());
    expect(store.getState().current.text).toBe(old[0]?.text);
    expect(origin.data.has(LEGACY_DRAFTS_KEY)).toBe(true);
  });

  it('works with site data blocked: says nothing is kept, and warns before leaving with work', async () => {
    const origin = new FakeOrigin();
    origin.blocked = true;
    const { store, clock, actions } = make(origin.tab());
    expect(store.getState().notice).toBe('blocked');
    expect(store.getState().saved).toEqual({ state: 'failed', reason: 'blocked' });
    expect(store.getState().current.text).toBe(STARTER_SCENARIO);
    expect(actions.hasUnsavedWork()).toBe(false);
    actions.edit('title: mine');
    clock.flush();
    await settle();
    expect(store.getState().check.problems.length).toBeGreaterThan(0);
    expect(store.getState().saved).toEqual({ state: 'failed', reason: 'blocked' });
    expect(actions.hasUnsavedWork()).toBe(true);
    actions.openFile('other.yaml', 'title: other');
    expect(store.getState().drafts).toHaveLength(2);
  });

  it('two tabs: what one saves, the other shows; typing in A then in B keeps both', () => {
    const origin = new FakeOrigin();
    const a = make(origin.tab());
    const b = make(origin.tab());
    expect(b.store.getState().current.id).toBe(a.store.getState().current.id);
    a.actions.edit('title: from A');
    a.clock.flush();
    expect(b.store.getState().current.text).toBe('title: from A');
    b.actions.edit('title: from A\nsummary: from B');
    b.clock.flush();
    expect(a.store.getState().current.text).toBe('title: from A\nsummary: from B');
    const reopened = make(origin.tab());
    expect(reopened.store.getState().current.text).toBe('title: from A\nsummary: from B');
  });

  it('two tabs changing the same draft at once: both versions kept, with a notice', () => {
    const origin = new FakeOrigin();
    const a = make(origin.tab());
    const b = make(origin.tab());
    a.actions.edit('title: from A');
    b.actions.edit('title: from B');
    a.clock.flush(); // B hears of A's save while its own is pending: B keeps its own as a copy.
    b.clock.flush();
    expect(b.store.getState().notice).toBe('conflict');
    expect(b.store.getState().conflictCopy).toBe('my-scenario-this-tab.yaml');
    expect(b.store.getState().current).toMatchObject({
      name: 'my-scenario-this-tab.yaml',
      text: 'title: from B',
    });
    expect(
      kept(origin)
        .map((d) => d.text)
        .sort(),
    ).toEqual(['title: from A', 'title: from B']);
    expect(
      a.store
        .getState()
        .drafts.map((d) => d.text)
        .sort(),
    ).toEqual(['title: from A', 'title: from B']);
  });

  it("a conflict found at save time (the other tab's event not heard yet) keeps both too", () => {
    const origin = new FakeOrigin();
    const a = make(origin.tab());
    const deaf = origin.tab();
    const b = make(deaf);
    deaf.listeners.clear();
    a.actions.edit('title: from A');
    a.clock.flush();
    b.actions.edit('title: from B');
    b.clock.flush();
    expect(b.store.getState().notice).toBe('conflict');
    expect(
      kept(origin)
        .map((d) => d.text)
        .sort(),
    ).toEqual(['title: from A', 'title: from B']);
  });

  it('copies a bundled scenario into a new draft and keeps the old one', () => {
    const { store, actions } = make();
    const first = store.getState().current.id;
    actions.startFrom('2026-01-12-sheinbaum-trump-call.yaml');
    const { current, drafts } = store.getState();
    expect(current.name).toBe('copy-of-2026-01-12-sheinbaum-trump-call.yaml');
    // The copy is the teacher's own: a new id, "(my copy)" in each language, every other line as it was.
    const lines = (text: string) => text.split('\n');
    const changed = lines(current.text).filter((l, i) => l !== lines(bundled[0]?.text ?? '')[i]);
    expect(changed).toEqual([
      'id: "2026-01-12-sheinbaum-trump-call-my-copy"',
      'title: "Mexican Standoff: the call of 12 January 2026 (my copy)"',
      expect.stringMatching(/^ {4}title: ".* \(mi copia\)"$/),
    ]);
    const loaded = loadScenario(current.name, current.text, en);
    expect(loaded.ok && loaded.scenario.id).toBe('2026-01-12-sheinbaum-trump-call-my-copy');
    expect(drafts.map((d) => d.id)).toContain(first);
    actions.startFrom('2026-01-12-sheinbaum-trump-call.yaml');
    expect(store.getState().current.name).toBe('copy-of-2026-01-12-sheinbaum-trump-call-2.yaml');
    expect(store.getState().current.text).toContain(
      'id: "2026-01-12-sheinbaum-trump-call-my-copy-2"',
    );
    actions.switchDraft(first);
    expect(store.getState().current.text).toBe(STARTER_SCENARIO);
  });

  it('drops no draft to make room: thirty drafts are thirty entries', () => {
    const origin = new FakeOrigin();
    const { store, actions } = make(origin.tab());
    for (let i = 0; i < 30; i++) actions.openFile(`f${i}.yaml`, `title: ${i}`);
    expect(store.getState().drafts).toHaveLength(31);
    expect(kept(origin)).toHaveLength(31);
  });

  it("never loads a text itself: every check is the checker's (a worker), once a pause in the typing", () => {
    const pending = pendingChecker();
    const { store, clock, actions } = make(undefined, pending.checker);
    clock.flush();
    vi.mocked(loadScenario).mockClear();
    const shown = store.getState().check.problems;
    actions.edit(`x: ${'y'.repeat(150_000)}`);
    actions.edit('title: small');
    actions.edit('title: smaller');
    expect(store.getState().check).toMatchObject({ stage: 'pending', problems: shown });
    clock.flush();
    expect(pending.loads.map((l) => l.text)).toEqual([STARTER_SCENARIO, 'title: smaller']);
    expect(vi.mocked(loadScenario)).not.toHaveBeenCalled();
  });

  it("drops the loader's verdict on a text typed over since", async () => {
    const pending = pendingChecker();
    const { store, clock, actions } = make(undefined, pending.checker);
    clock.flush();
    actions.edit('title: first');
    clock.flush();
    actions.edit('title: second');
    pending.loads[1]?.resolve({ loads: false, problems: [] });
    await settle();
    expect(store.getState().check.stage).toBe('pending');
    clock.flush();
    pending.loads[2]?.resolve({ loads: false, problems: [] });
    await settle();
    expect(store.getState().check.stage).toBe('invalid');
  });

  it('never deletes the last draft', () => {
    const { store, actions } = make();
    actions.deleteDraft(store.getState().current.id);
    expect(store.getState().drafts).toHaveLength(1);
  });
});
