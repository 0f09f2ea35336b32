// The tint step of the game's Phaser texture shader, without branches. Phaser's
// own (renderer/webgl/shaders/ApplyTint-glsl.js) picks among eight tint modes
// with a chain of ifs, after un-premultiplying the texture by a division; a
// software WebGL (a computer without a graphics chip) runs every branch for
// every pixel, which makes a textured pixel about twice as dear as it need be
// (issue 15). The game never sets a tint, so every text and image is drawn in
// MULTIPLY (mode 0); FILL (1) and ADD (2) are kept, worked out without
// branches on the premultiplied colour, with Phaser's results. The other modes
// (SCREEN, OVERLAY, HARD_LIGHT, MULTIPLY_TWO) are not in the game's Phaser:
// test/scenes/phaser-entry.test.ts fails when a scene sets a tint mode.
//
// In: `texture`, premultiplied; `outTint` (bgr, alpha) and `outTintEffect.a`
// (the mode), the varyings of Phaser's STANDARD shader.
const LEAN_APPLY_TINT = `vec4 applyTint(vec4 texture)
{
    float tintMode = outTintEffect.a;
    vec3 tint = outTint.bgr;
    vec3 multiplied = texture.rgb * tint;
    vec3 filled = tint * texture.a;
    vec3 added = texture.rgb + filled;
    vec3 color = mix(mix(multiplied, filled, step(0.5, tintMode)), added, step(1.5, tintMode));
    return vec4(color, texture.a) * outTint.a;
}`;

/** The module that takes the place of Phaser's ApplyTint-glsl.js (CommonJS, as Phaser's sources are). */
export const LEAN_APPLY_TINT_MODULE = `module.exports = ${JSON.stringify(LEAN_APPLY_TINT)};\n`;
