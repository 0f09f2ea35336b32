import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassStore } from '../../src/store/class-store.ts';
import { loadDebriefPage, TRANSCRIPT_TAIL } from '../../src/store/debrief-report.ts';
import { readResult, resultFileText, resultLinkParam } from '../../src/negotiation/result.ts';
import { replayMoves } from '../../src/negotiation/replay.ts';
import { narrate } from '../../src/negotiation/narrate.ts';
import { DEFAULT_SCENARIO, loadOrThrow, tiny } from '../helpers.ts';
import { classResults } from '../negotiation/random-games.ts';
import { hostileInput, isWorded, realResult, wellFormed } from '../negotiation/hostile-results.ts';
import { en } from '../../src/messages/en.ts';

const scenario = tiny();
const result = realResult(scenario);
const goodFile = (student: string) => resultFileText({ ...result, student });

describe('the class page store, handed hostile files and links', () => {
  it('a bad file names itself and stops neither the others in its batch nor later ones', () => {
    const store = createClassStore([scenario], en);
    const raw = resultFileText(result);
    const added = store.getState().actions.addInputs([
      { source: 'first.json', text: goodFile('First') },
      { source: 'surrogate.json', text: raw.replace('"Ana María"', '"\\ud800"') },
      { source: 'version.json', text: raw.replace('"version": 1', '"version": {"toString": 1}') },
      { source: 'proto.json', text: raw.replace('"seed"', '"__proto__": {"x": 1}, "seed"') },
      { source: 'link r=.txt', text: resultLinkParam({ ...result, student: 'Ana r=2' }, scenario) },
      { source: 'last.json', text: goodFile('Last') },
    ]);
    expect(added).toEqual({ added: 3, refused: 3, duplicates: 0 });
    const state = store.getState();
    expect(state.rejected.map((r) => r.source)).toEqual([
      'surrogate.json',
      'version.json',
      'proto.json',
    ]);
    expect(state.rejected.every((r) => isWorded(r.message))).toBe(true);
    expect(state.summary?.students.map((s) => s.name)).toEqual(['First', 'Ana r=2', 'Last']);
    // Every debrief link of the table can be written.
    for (const s of state.summary?.students ?? []) expect(wellFormed(s.linkParam)).toBe(true);
    expect(
      store.getState().actions.addInputs([{ source: 'later.json', text: goodFile('Later') }]),
    ).toEqual({ added: 1, refused: 0, duplicates: 0 });
  });

  it('takes any batch without throwing, each input counted once, every refusal worded (property)', () => {
    const store = createClassStore([scenario], en);
    fc.assert(
      fc.property(
        fc.array(hostileInput(result, scenario), { minLength: 4, maxLength: 4 }),
        (texts) => {
          const before = store.getState();
          const inputs = texts.map((text, i) => ({ source: `f${i}`, text }));
          const { added, refused, duplicates } = store.getState().actions.addInputs(inputs);
          expect(added + refused + duplicates).toBe(inputs.length);
          const after = store.getState();
          expect(after.rejected.length - before.rejected.length).toBe(refused);
          for (const r of after.rejected.slice(before.rejected.length))
            expect(isWorded(r.message), r.message).toBe(true);
          for (const s of after.summary?.students ?? []) expect(wellFormed(s.linkParam)).toBe(true);
          expect(() => store.getState().actions.csvFile()).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
    // Still taking results after all that.
    expect(
      store.getState().actions.addInputs([{ source: 'x', text: goodFile('Zoë 🦊') }]).added,
    ).toBe(1);
  });
});

describe("the debrief page's reader, handed hostile files and links", () => {
  it('opens an earlier result and its link, and refuses a crafted one in words', () => {
    expect(loadDebriefPage(resultFileText(result), [scenario], en).ok).toBe(true);
    expect(loadDebriefPage(resultLinkParam(result, scenario), [scenario], en).ok).toBe(true);
    const crafted = loadDebriefPage(goodFile('x').replace('"x"', '"\\ud800"'), [scenario], en);
    expect(crafted.ok).toBe(false);
    if (!crafted.ok) expect(isWorded(crafted.message)).toBe(true);
  });

  it('never throws and words every refusal (property)', () => {
    fc.assert(
      fc.property(hostileInput(result, scenario), (text) => {
        const loaded = loadDebriefPage(text, [scenario], en);
        if (!loaded.ok) expect(isWorded(loaded.message), loaded.message).toBe(true);
        else expect(loaded.page.frames.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("the debrief page's replay frames", () => {
  it('hold the last lines of the call so far, as the whole call narrated would end', () => {
    const call = loadOrThrow(DEFAULT_SCENARIO);
    let longest = 0;
    for (const played of classResults(call, 4, 2)) {
      const loaded = loadDebriefPage(resultFileText(played), [call], en);
      const check = readResult(resultFileText(played), [call], en);
      if (!loaded.ok || !check.ok) throw new Error('a played game should open');
      const whole = replayMoves(call, check.record)
        .final.transcript.map((raw) =>
          raw.kind === 'meters'
            ? { ...raw, changes: raw.changes.filter((c) => c.cause.kind !== 'clock') }
            : raw,
        )
        .filter((e) => e.kind !== 'meters' || e.changes.length > 0)
        .map((e) => narrate(call, e, en).text);
      longest = Math.max(longest, whole.length);
      const { frames } = loaded.page;
      expect(frames.at(-1)?.transcript.map((l) => l.text)).toEqual(whole.slice(-TRANSCRIPT_TAIL));
      expect(frames.every((f) => f.transcript.length <= TRANSCRIPT_TAIL)).toBe(true);
    }
    expect(longest).toBeGreaterThan(TRANSCRIPT_TAIL);
  });
});
