import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  createEditorStore,
  createInlineChecker,
  MAX_DRAFTS,
  parseSavedDrafts,
  type DeepChecker,
  type DraftStorage,
  type SavedDrafts,
  type StorageResult,
} from '../../src/store/editor-store.ts';
import type { FileReport } from '../../src/negotiation/analysis/file-report.ts';
import { STARTER_SCENARIO } from '../../src/scenario/starter.ts';
import { DEFAULT_SCENARIO, manualScheduler, repoPath } from '../helpers.ts';

/** Storage kept as the JSON text the browser would hold, so every save goes through parsing. */
function memoryStorage(initial: string | null = null) {
  let raw = initial;
  let failWith: 'full' | 'blocked' | null = null;
  const storage: DraftStorage = {
    load: () => (raw === null ? null : parseSavedDrafts(raw)),
    save(drafts: SavedDrafts): StorageResult {
      if (failWith) return { ok: false, reason: failWith };
      raw = JSON.stringify(drafts);
      return { ok: true };
    },
  };
  return {
    storage,
    raw: () => raw,
    fail: (reason: 'full' | 'blocked' | null) => (failWith = reason),
  };
}

/** A checker the test answers by hand, to order results against edits. */
function pendingChecker() {
  const calls: { text: string; resolve: (r: FileReport) => void }[] = [];
  const checker: DeepChecker = {
    check: (file, text) => new Promise((resolve) => calls.push({ text, resolve })),
    dispose() {},
  };
  return { checker, calls };
}

const bundled = [
  {
    file: '2026-01-12-sheinbaum-trump-call.yaml',
    title: 'The call',
    text: readFileSync(repoPath(DEFAULT_SCENARIO), 'utf8'),
  },
];

function make(storage = memoryStorage(), checker: DeepChecker = createInlineChecker()) {
  const clock = manualScheduler();
  let time = 1_000;
  const store = createEditorStore({
    storage: storage.storage,
    checker,
    bundled,
    scheduler: clock.scheduler,
    now: () => (time += 10),
  });
  return { store, clock, storage, actions: store.getState().actions };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the editor store', () => {
  it('starts a first visit from the starter template and saves it at once', () => {
    const { store, storage } = make();
    expect(store.getState().current.text).toBe(STARTER_SCENARIO);
    expect(store.getState().notice).toBeNull();
    expect(parseSavedDrafts(storage.raw() ?? '')).toMatchObject({
      drafts: [{ text: STARTER_SCENARIO }],
    });
  });

  it("shows the loader's problems as soon as the text changes, with their lines", () => {
    const { store, actions } = make();
    actions.edit(STARTER_SCENARIO.replace('callMinutes: 10', 'callMinutes: ten'));
    const { check } = store.getState();
    expect(check.stage).toBe('invalid');
    expect(check.problems[0]).toMatchObject({ severity: 'error', path: 'callMinutes' });
    expect(check.problems[0]?.line).toBe(
      STARTER_SCENARIO.split('\n').findIndex((l) => l.startsWith('callMinutes')) + 1,
    );
  });

  it('runs the deeper checks on a text that loads, and keeps a result only for the text it was made for', async () => {
    const pending = pendingChecker();
    const { store, clock, actions } = make(memoryStorage(), pending.checker);
    clock.flush();
    expect(pending.calls).toHaveLength(1);
    actions.edit(`${STARTER_SCENARIO}\n# a note`);
    pending.calls[0]?.resolve({ file: 'x', valid: true, problems: [] });
    await settle();
    expect(store.getState().check.stage).toBe('checking'); // the answer was for the old text
    clock.flush();
    expect(pending.calls).toHaveLength(2);
    pending.calls[1]?.resolve({ file: 'x', valid: true, problems: [], endings: { a: [] } });
    await settle();
    expect(store.getState().check).toMatchObject({ stage: 'done', report: { endings: { a: [] } } });
  });

  it('saves the work after a pause, and a new visit restores it', () => {
    const storage = memoryStorage();
    const first = make(storage);
    const edited = STARTER_SCENARIO.replace('The river dispute', 'The lake dispute');
    first.actions.edit(edited);
    expect(first.store.getState().saved.state).toBe('pending');
    first.clock.flush();
    expect(first.store.getState().saved.state).toBe('saved');
    const second = make(storage);
    expect(second.store.getState().current.text).toBe(edited);
    expect(second.store.getState().notice).toBe('restored');
  });

  it('saves at once when the page is being closed', () => {
    const storage = memoryStorage();
    const { actions } = make(storage);
    actions.edit('title: unsaved yet');
    actions.flush();
    expect(storage.raw()).toContain('title: unsaved yet');
  });

  it('says when the work cannot be saved, and saves again once storage works', () => {
    const storage = memoryStorage();
    const { store, clock, actions } = make(storage);
    storage.fail('full');
    actions.edit('a: 1');
    clock.flush();
    expect(store.getState().saved).toEqual({ state: 'failed', reason: 'full' });
    storage.fail(null);
    actions.edit('a: 2');
    clock.flush();
    expect(store.getState().saved.state).toBe('saved');
  });

  it('starts afresh with a notice when the saved drafts are damaged', () => {
    for (const raw of ['{not json', '{"version":9}', '[]', 'null']) {
      const { store } = make(memoryStorage(raw));
      expect(store.getState().notice).toBe('corrupt-storage');
      expect(store.getState().current.text).toBe(STARTER_SCENARIO);
    }
  });

  it('copies a bundled scenario into a new draft and keeps the old one', () => {
    const { store, actions } = make();
    const first = store.getState().current.id;
    actions.startFrom('2026-01-12-sheinbaum-trump-call.yaml');
    const { current, drafts } = store.getState();
    expect(current.name).toBe('copy-of-2026-01-12-sheinbaum-trump-call.yaml');
    expect(current.text).toBe(bundled[0]?.text);
    expect(drafts.map((d) => d.id)).toContain(first);
    actions.startFrom('2026-01-12-sheinbaum-trump-call.yaml');
    expect(store.getState().current.name).toBe('copy-of-2026-01-12-sheinbaum-trump-call-2.yaml');
    actions.switchDraft(first);
    expect(store.getState().current.text).toBe(STARTER_SCENARIO);
  });

  it(`keeps at most ${MAX_DRAFTS} drafts, dropping the oldest`, () => {
    const { store, actions } = make();
    const oldest = store.getState().current.id;
    for (let i = 0; i < MAX_DRAFTS + 3; i++) actions.openFile(`f${i}.yaml`, `title: ${i}`);
    const ids = store.getState().drafts.map((d) => d.id);
    expect(ids).toHaveLength(MAX_DRAFTS);
    expect(ids).not.toContain(oldest);
    expect(store.getState().current.name).toBe(`f${MAX_DRAFTS + 2}.yaml`);
  });

  it('never deletes the last draft', () => {
    const { store, actions } = make();
    actions.deleteDraft(store.getState().current.id);
    expect(store.getState().drafts).toHaveLength(1);
  });
});
