// Which Phaser renderer draws the game: WebGL when the browser runs it on a
// graphics chip, the 2D canvas when WebGL would run in software. A school
// computer with a blocklisted or missing graphics chip gets WebGL emulated on
// the CPU (Chrome's SwiftShader, Mesa's llvmpipe): every pixel goes through a
// shader in software, and the page waits each frame for the picture to be read
// back. There the 2D canvas draws the same screen at a fraction of the cost: on
// this project's test machine the call scene's drawn frames went from 67 to
// 33 ms with the CPU throttled 4×, and long tasks from 42 to 7 (issue 15).
// Phaser's own AUTO picks the 2D canvas only when WebGL is missing outright.
//
// `?renderer=webgl` or `?renderer=canvas` in the address overrides the choice
// (the browser tests play both; a teacher can too, on a machine that draws
// badly either way).

export type RendererChoice = 'webgl' | 'canvas';

/**
 * What the browser says of its WebGL: null when it has none that is not slow by
 * its own judgement, else the name of what draws it.
 */
export type WebGLProbe = { renderer: string } | null;

/** Software rasterisers, as browsers name them in WebGL's renderer string. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render/i;

/** The renderer for a page: the address's choice when it names one, else WebGL only when a graphics chip draws it. */
export function chooseRenderer(param: string | null, probe: () => WebGLProbe): RendererChoice {
  if (param === 'webgl' || param === 'canvas') return param;
  const webgl = probe();
  return webgl && !SOFTWARE_RENDERER.test(webgl.renderer) ? 'webgl' : 'canvas';
}

/**
 * Asks the browser for a WebGL context that must not have a major performance
 * caveat (null: none, or only a slow one), reads the name of what draws it (the
 * unmasked one where the browser gives it: Chrome's headless SwiftShader passes
 * the caveat test) and frees the context at once.
 */
function probeWebGL(): WebGLProbe {
  try {
    const gl = document
      .createElement('canvas')
      .getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { renderer };
  } catch {
    return null;
  }
}

/** The page's renderer: `?renderer=` or what the browser's WebGL is. */
export function pageRenderer(): RendererChoice {
  const param = new URLSearchParams(globalThis.location?.search ?? '').get('renderer');
  return chooseRenderer(param, probeWebGL);
}

/**
 * What draws the page's game, for the browser tests and the bench (and a
 * teacher at the console): its renderer, and the browser's name for what
 * runs its WebGL ('slow or none' when it has no WebGL without a caveat).
 */
export function rendererInUse(game: { config: { renderType: number } }): {
  game: RendererChoice;
  webgl: string;
} {
  // Phaser's renderer types: 1 the 2D canvas, 2 WebGL.
  return {
    game: game.config.renderType === 2 ? 'webgl' : 'canvas',
    webgl: probeWebGL()?.renderer ?? 'slow or none',
  };
}
