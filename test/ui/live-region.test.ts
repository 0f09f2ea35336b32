// The screen reader's log (an aria-live region) holds one call's lines at most:
// a new call, or going back to the title, empties it, so twenty games in a row
// leave the page as one does (issue 15: no leaks).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLiveRegion, TRANSCRIPT_LOG_ID } from '../../src/ui/live-region.ts';
import { createGameStore } from '../../src/store/game-store.ts';
import { manualScheduler, tiny } from '../helpers.ts';

/** Just enough of an element for the live region: children, attributes, text. */
class FakeElement {
  children: FakeElement[] = [];
  parent: FakeElement | undefined;
  className = '';
  id = '';
  textContent = '';
  get childElementCount(): number {
    return this.children.length;
  }
  get firstElementChild(): FakeElement | null {
    return this.children[0] ?? null;
  }
  setAttribute(): void {}
  append(...nodes: FakeElement[]): void {
    for (const n of nodes) {
      n.parent = this;
      this.children.push(n);
    }
  }
  replaceChildren(): void {
    this.children = [];
  }
  remove(): void {
    if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this);
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('the live region', () => {
  it('keeps only the current call’s lines, and none once back on the title', () => {
    vi.stubGlobal('document', { createElement: () => new FakeElement() });
    const host = new FakeElement();
    const clock = manualScheduler();
    const scenario = tiny();
    const store = createGameStore({
      scenarios: [{ file: 'tiny.yaml', title: scenario.title, scenario, bundled: true }],
      scheduler: clock.scheduler,
    });
    const remove = createLiveRegion(host as unknown as HTMLElement, store);
    const log = host.children.find((c) => c.id === TRANSCRIPT_LOG_ID);
    const a = store.getState().actions;
    const play = () => {
      a.startCall();
      a.answer();
      a.proceed();
      clock.flush();
      a.endCall();
      clock.flush();
    };
    play();
    expect(log?.childElementCount).toBeGreaterThan(2);
    a.backToTitle();
    expect(store.getState().screen).toBe('title');
    expect(log?.childElementCount).toBe(0);
    play();
    expect(log?.children.map((p) => p.textContent).join('\n')).not.toMatch(/ended/i);
    remove();
    expect(host.children).toEqual([]);
  });
});
