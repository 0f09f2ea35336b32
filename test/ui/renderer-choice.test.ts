import { describe, expect, it } from 'vitest';
import { chooseRenderer, type WebGLProbe } from '../../src/ui/renderer-choice.ts';

const chip = (renderer: string) => (): WebGLProbe => ({ renderer });

describe('the renderer a page draws with', () => {
  it('is WebGL when a graphics chip draws it', () => {
    expect(
      chooseRenderer(
        null,
        chip('ANGLE (Intel, Mesa Intel(R) UHD Graphics 600 (GLK 2), OpenGL 4.6)'),
      ),
    ).toBe('webgl');
    expect(chooseRenderer(null, chip('Apple GPU'))).toBe('webgl');
  });

  it('is the 2D canvas when WebGL runs in software, whatever the browser calls it', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
      'Mesa OffScreen softpipe',
    ])
      expect(chooseRenderer(null, chip(name))).toBe('canvas');
  });

  it('is the 2D canvas when the browser has no WebGL it calls fast', () => {
    expect(chooseRenderer(null, () => null)).toBe('canvas');
  });

  it("follows the address's ?renderer= and then asks nothing", () => {
    const never = (): WebGLProbe => {
      throw new Error('probed');
    };
    expect(chooseRenderer('webgl', never)).toBe('webgl');
    expect(chooseRenderer('canvas', never)).toBe('canvas');
    expect(chooseRenderer('vulkan', chip('Apple GPU'))).toBe('webgl');
  });
});
