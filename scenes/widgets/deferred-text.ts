// Text that goes to the GPU once a frame at most. Phaser's Text copies its
// canvas into a WebGL texture on every change (its text, its size, its line
// spacing, its colour), and a text fitted to a box changes several times
// before it is first drawn; on a school computer's software renderer each copy
// costs as much as drawing the text. This Text lays out and draws its canvas
// as Phaser's does, but copies it only before the scene's next frame (issue 15).
import * as Phaser from 'phaser';

type Renderer = Phaser.GameObjects.Text['renderer'];

/** Texts changed since the last frame: their canvas is newer than their texture. */
const stale = new Set<DeferredText>();

class DeferredText extends Phaser.GameObjects.Text {
  override updateText(): this {
    const renderer: Renderer = this.renderer;
    // Without a renderer Phaser's updateText measures and draws the canvas, and uploads nothing.
    Object.assign(this, { renderer: null });
    try {
      super.updateText();
    } finally {
      this.renderer = renderer;
    }
    stale.add(this);
    return this;
  }
}

/** Copies the changed texts' canvases to their textures (before a frame is drawn). */
function upload(renderer: Renderer): void {
  for (const text of stale) {
    const source = text.frame?.source;
    // A text destroyed since it changed has no scene (and no texture) left.
    if (text.scene && source && 'gl' in renderer && renderer.gl)
      source.glTexture = renderer.canvasToTexture(text.canvas, source.glTexture ?? undefined, true);
  }
  stale.clear();
}

/**
 * Makes `scene.add.text` make DeferredTexts while the scene runs: the scene's
 * own texts and those its widgets add. A text is made empty with its style (the
 * line spacing and padding set), then given its words: drawn once, not twice.
 */
export function deferTextUploads(scene: Phaser.Scene): void {
  const factory = scene.add;
  factory.text = (x, y, text, style) =>
    factory.existing(new DeferredText(scene, x, y, '', style ?? {}).setText(text));
  scene.events.on(Phaser.Scenes.Events.PRE_RENDER, upload);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.events.off(Phaser.Scenes.Events.PRE_RENDER, upload);
    // This scene's texts (destroyed by now: no scene); another running scene's wait for its frame.
    for (const text of stale) if (!text.scene || text.scene === scene) stale.delete(text);
  });
}
