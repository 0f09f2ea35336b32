// Phaser's 2D-canvas renderer draws each image and text (CanvasRenderer's
// batchSprite) between ctx.save() and ctx.restore(). It sets every part of the
// state it draws with (the transform, blend mode, alpha, smoothing) before
// each draw, and the camera resets them after its objects, so the pair only
// matters for a masked object. Yet save() copies the canvas' whole state: on
// a slow computer it was three fifths of the call scene's drawing, more than
// the pictures themselves (issue 15). The game's Phaser saves and restores
// only around a masked object (the game has none).

/** batchSprite's unconditional save, before it sets the sprite's transform. */
const SAVE = /ctx\.save\(\);(\s*)camMatrix\.setToContext\(ctx\);/;
/** batchSprite's unconditional restore, after the mask's post-render, at the function's end. */
const RESTORE =
  /(sprite\.mask\.postRenderCanvas\(this, sprite, camera\);\s*\}\s*)ctx\.restore\(\);(\s*\},)/;

/** CanvasRenderer.js with batchSprite saving only around a mask; throws when Phaser's code has moved. */
export function spriteWithoutSave(source: string): string {
  if (!SAVE.test(source) || !RESTORE.test(source))
    throw new Error(
      'batchSprite no longer saves and restores as src/phaser/sprite-without-save.ts expects',
    );
  return source
    .replace(SAVE, 'if (sprite.mask) { ctx.save(); }$1camMatrix.setToContext(ctx);')
    .replace(RESTORE, '$1if (sprite.mask) { ctx.restore(); }$2');
}
