import { describe, expect, it, vi } from 'vitest';
import type * as Replay from '../../src/negotiation/replay.ts';
import type * as Report from '../../src/store/debrief-report.ts';
import { endingView } from '../../src/store/ending-view.ts';
import { readResult, resultFileText, resultLinkParam } from '../../src/negotiation/result.ts';
import { realResult } from '../negotiation/hostile-results.ts';
import { tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

// Every replay of a record goes through replayMoves: counted here.
vi.mock('../../src/negotiation/replay.ts', async (original) => {
  const actual = await original<typeof Replay>();
  return { ...actual, replayMoves: vi.fn(actual.replayMoves) };
});

const scenario = tiny();
const result = realResult(scenario);

/** The modules again, so the counting mock is in them (the unit suite shares modules between files). */
async function fresh() {
  vi.resetModules();
  const replay = (await import('../../src/negotiation/replay.ts')) as typeof Replay;
  const report = (await import('../../src/store/debrief-report.ts')) as typeof Report;
  return { replay, loadDebriefPage: report.loadDebriefPage };
}

describe('the debrief page', () => {
  it('replays a handed-in result once, for the check, the ending, the debrief and the frames', async () => {
    const { replay, loadDebriefPage } = await fresh();
    expect(vi.isMockFunction(replay.replayMoves)).toBe(true);
    for (const input of [resultFileText(result), resultLinkParam(result, scenario)]) {
      vi.mocked(replay.replayMoves).mockClear();
      const loaded = loadDebriefPage(input, [scenario], en);
      expect(loaded.ok).toBe(true);
      expect(vi.mocked(replay.replayMoves)).toHaveBeenCalledTimes(1);
    }
  });

  it('shows the same ending and debrief as the ending screen', async () => {
    const { replay, loadDebriefPage } = await fresh();
    const loaded = loadDebriefPage(resultFileText(result), [scenario], en);
    const check = readResult(resultFileText(result), [scenario], en);
    if (!loaded.ok || !check.ok) throw new Error('a played game should open');
    const { final } = replay.replayMoves(scenario, check.record);
    expect(loaded.page.ending).toEqual(endingView(scenario, final, result.side, check.record, en));
    expect(loaded.page.frames.at(-1)?.clock).toBe(final.clock);
  });
});
