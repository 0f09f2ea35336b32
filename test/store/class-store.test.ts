import { describe, expect, it } from 'vitest';
import { createClassStore } from '../../src/store/class-store.ts';
import { resultFileText, resultLinkParam } from '../../src/negotiation/result.ts';
import { DEFAULT_SCENARIO, loadOrThrow, nth, tiny } from '../helpers.ts';
import { classResults } from '../negotiation/random-games.ts';
import { en } from '../../src/messages/en.ts';

const scenario = loadOrThrow(DEFAULT_SCENARIO);
const results = classResults(scenario, 5, 2);
const files = results.map((r, i) => ({ source: `student-${i}.json`, text: resultFileText(r) }));

describe('the class page store', () => {
  it('accepts checked results and pools them for the scenario with most results', () => {
    const store = createClassStore([scenario, tiny()], en);
    store.getState().actions.addInputs(files);
    const state = store.getState();
    expect(state.rejected).toEqual([]);
    expect(state.results[scenario.id]).toHaveLength(5);
    expect(state.selected).toBe(scenario.id);
    expect(state.summary?.count).toBe(5);
  });

  it('names and skips a tampered file, a foreign scenario and a file that is not a result', () => {
    const tampered = resultFileText(nth(results, 0)).replace(
      /"utilities": \[\s*([\d.]+)/,
      (_, n: string) => `"utilities": [${Number(n) > 50 ? 1 : 99}`,
    );
    expect(tampered).not.toBe(resultFileText(nth(results, 0)));
    const foreign = resultFileText(nth(classResults(tiny(), 1), 0));
    const store = createClassStore([scenario], en);
    store
      .getState()
      .actions.addInputs([
        { source: 'tampered.json', text: tampered },
        { source: 'other-game.json', text: foreign },
        { source: 'notes.json', text: '{"hello": "world"}' },
        { source: 'photo.json', text: '\u0000\u0001binary' },
        ...files.slice(1, 3),
      ]);
    const state = store.getState();
    expect(state.rejected.map((r) => r.source)).toEqual([
      'tampered.json',
      'other-game.json',
      'notes.json',
      'photo.json',
    ]);
    expect(state.rejected.every((r) => r.message.length > 10)).toBe(true);
    expect(state.summary?.count).toBe(2);
  });

  it('reads pasted links, skips a result added twice, and keeps adding', () => {
    const store = createClassStore([scenario], en);
    const { addInputs } = store.getState().actions;
    addInputs([
      {
        source: 'link 1',
        text: `https://school.example/debrief.html?r=${encodeURIComponent(resultLinkParam(nth(results, 0), scenario))}`,
      },
    ]);
    addInputs([nth(files, 0), nth(files, 1)]);
    const state = store.getState();
    expect(state.duplicates).toEqual(['student-0.json']);
    expect(state.summary?.count).toBe(2);
    expect(state.summary?.students.map((s) => s.name)).toEqual([
      nth(results, 0).student,
      nth(results, 1).student,
    ]);
  });

  it('switches between scenarios and clears', () => {
    const small = tiny();
    const store = createClassStore([scenario, small], en);
    store
      .getState()
      .actions.addInputs([
        ...files.slice(0, 2),
        { source: 'tiny.json', text: resultFileText(nth(classResults(small, 1), 0)) },
      ]);
    expect(store.getState().selected).toBe(scenario.id);
    store.getState().actions.selectScenario(small.id);
    expect(store.getState().summary?.scenarioId).toBe(small.id);
    store.getState().actions.selectScenario('no-such-scenario');
    expect(store.getState().selected).toBe(small.id);
    store.getState().actions.clear();
    expect(store.getState()).toMatchObject({
      results: {},
      rejected: [],
      selected: null,
      summary: null,
    });
  });
});
