// Colours, fonts and text styles shared by the scenes. Colours pass WCAG AA on
// the dark background; meters never rely on colour alone (they carry numbers).
export const COLORS = {
  background: 0x10151c,
  panel: 0x1b2430,
  panelEdge: 0x2e3b4c,
  text: '#f2f2f2',
  muted: '#b8c2cc',
  accent: 0xf2b233,
  accentText: '#f2b233',
  good: 0x4caf7a,
  bad: 0xe0564b,
  button: 0x2a3a50,
  buttonHover: 0x37506e,
  buttonDisabled: 0x1e2732,
  focus: 0xffd166,
} as const;

export const FONT = 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** Text resolution: crisp on HiDPI screens and when the canvas is scaled up for a projector. */
export function textResolution(): number {
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const scale =
    typeof window === 'undefined'
      ? 1
      : Math.max(1, Math.min(window.innerWidth / 1280, window.innerHeight / 720));
  return Math.min(4, Math.max(1, dpr * scale));
}

export function textStyle(
  size: number,
  color: string = COLORS.text,
  extra: Record<string, unknown> = {},
) {
  return { fontFamily: FONT, fontSize: `${size}px`, color, resolution: textResolution(), ...extra };
}
