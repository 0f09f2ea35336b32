// Twenty games in a row do not grow memory (every scene removes what it made),
// and the layout holds on a small Chromebook screen.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, openGame, type Session } from './browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const click = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

async function quickGame(page: Page, first: boolean): Promise<void> {
  if (first) {
    await click(page, 'Read the briefing');
    await click(page, 'Take the call');
  } else {
    await click(page, 'Play again');
  }
  await click(page, 'Answer the phone');
  await click(page, 'Continue');
  for (let i = 0; i < 100; i++) {
    const hangUp = page.getByRole('button', { name: 'Hang up', exact: true });
    if (await hangUp.isEnabled()) break;
    await page.keyboard.press('Escape');
    await page.waitForTimeout(30);
  }
  await click(page, 'Hang up');
  await click(page, 'Yes, hang up');
  await click(page, 'See how it ended');
  await page.getByRole('button', { name: 'Play again', exact: true }).waitFor();
}

async function usedHeap(page: Page): Promise<{ heap: number; nodes: number; controls: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const controls = await page.locator('.overlay-control').count();
  await cdp.detach();
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), controls };
}

interface StandoffGame {
  standoff: {
    game: {
      scene: {
        getScenes(
          active: boolean,
        ): { add: { graphics(): { constructor: unknown; destroy(): void } } }[];
      };
    };
  };
}

/** How many game objects the camera Phaser draws a Graphics into a texture with still holds. */
function bakeCameraKeeps(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scene = (window as unknown as StandoffGame).standoff.game.scene.getScenes(true)[0];
    if (!scene) return -1;
    const probe = scene.add.graphics();
    const kept = (probe.constructor as { TargetCamera: { renderList: unknown[] } }).TargetCamera
      .renderList.length;
    probe.destroy();
    return kept;
  });
}

describe.skipIf(!chromiumPath)('the game over a class period', () => {
  // Ten games here (npm run bench plays twenty and reports heap, nodes and listeners as ratios).
  it('plays ten games in a row without growing memory or leaving controls behind', async () => {
    session = await openGame('?seed=endurance');
    const { page } = session;
    await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
    await quickGame(page, true);
    await quickGame(page, false);
    const early = await usedHeap(page);
    for (let i = 0; i < 8; i++) await quickGame(page, false);
    const late = await usedHeap(page);
    expect(late.controls).toBe(early.controls);
    expect(
      await bakeCameraKeeps(page),
      "the drawings baked into textures are let go (Phaser's texture camera keeps each one it drew until emptied)",
    ).toBe(0);
    expect(
      late.heap - early.heap,
      `heap grew from ${early.heap} to ${late.heap} bytes`,
    ).toBeLessThan(4 * 1024 * 1024);
    expect(session.problems).toEqual([]);
  });

  it("lets a stopped screen's controls go: after a call, none stays alive, none keeps a listener", async () => {
    session = await openGame('?seed=endurance-detached');
    const { page } = session;
    await page.getByRole('button', { name: 'Read the briefing', exact: true }).waitFor();
    await quickGame(page, true);
    // On the ending: the call has stopped, and its objects are destroyed in idle time (scenes/destroy-later.ts).
    await page.evaluate(
      () =>
        new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))),
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('DOM.enable');
    const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
    const kept: string[] = [];
    const listening: string[] = [];
    for (const { treeNode: node } of detachedNodes) {
      // Phaser's own (its textures' images and canvases, its pool of text canvases), and a
      // stopped scene's layer, emptied and kept for its next run, are not the call's.
      const emptiedLayer =
        node.attributes?.includes('overlay-layer') &&
        (node.children ?? []).every(
          (c) => c.nodeType === 8 /* a comment: its place for controls */,
        );
      const phasers = node.nodeName === 'CANVAS' || node.nodeName === 'IMG';
      // Elements only (an element's attributes are listed on their own too).
      if (node.nodeType !== 1 || phasers || emptiedLayer) continue;
      const name = `${node.nodeName} ${(node.attributes ?? []).join(' ')}`.slice(0, 120);
      kept.push(name);
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
      const { listeners } = object.objectId
        ? await cdp.send('DOMDebugger.getEventListeners', { objectId: object.objectId })
        : { listeners: [] };
      if (listeners.length > 0) listening.push(name);
    }
    await cdp.detach();
    expect(listening, 'elements out of the page that still listen').toEqual([]);
    // At most the button last pressed: Phaser's pointer keeps the element it went down on.
    expect(kept.length, kept.join('\n')).toBeLessThanOrEqual(1);
    expect(session.problems).toEqual([]);
  });

  it('fits a 1024×600 Chromebook screen: every control of the call is on screen', async () => {
    session = await openGame('?seed=small', { width: 1024, height: 600 });
    const { page } = session;
    await click(page, 'Read the briefing');
    await click(page, 'Take the call');
    await click(page, 'Answer the phone');
    await click(page, 'Continue');
    await page.getByRole('button', { name: 'Hang up', exact: true }).waitFor();
    await session.screenshot('call-1024x600');
    const boxes = await page.$$eval('.overlay-control:not([hidden])', (els) =>
      els.map((e) => ({
        ...(e.getBoundingClientRect().toJSON() as DOMRect),
        // The transcript's scroll bar is thin by nature: its length is what a finger uses.
        reach: e.classList.contains('overlay-scrollbar')
          ? e.getBoundingClientRect().height
          : e.getBoundingClientRect().width,
      })),
    );
    expect(boxes.length).toBeGreaterThan(10);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(1024);
      expect(b.bottom).toBeLessThanOrEqual(600);
      expect(b.reach).toBeGreaterThan(20);
    }
    expect(session.problems).toEqual([]);
  });
});
