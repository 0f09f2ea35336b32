// A QR code as an SVG element, drawn from qrcode-generator's module grid (no
// HTML strings, nothing fetched). Used for a result's link on the hand-in
// dialog. A text too long for any QR code (a long game's link) is a value,
// null, never an exception: the dialog then says so and offers the file and
// the link alone.
import qrcode from 'qrcode-generator';

const SVG = 'http://www.w3.org/2000/svg';

/** The largest QR code (version 40, low error correction) holds 2,953 bytes. */
export const MAX_QR_BYTES = 2_953;

/** The code's module grid, or null when the text does not fit in any QR code. */
export function qrGrid(
  text: string,
): { size: number; isDark: (row: number, col: number) => boolean } | null {
  if (new TextEncoder().encode(text).length > MAX_QR_BYTES) return null;
  const code = qrcode(0, 'L');
  code.addData(text, 'Byte');
  try {
    code.make();
  } catch {
    // "code length overflow": the library's own limit, whatever the byte count says.
    return null;
  }
  return { size: code.getModuleCount(), isDark: (row, col) => code.isDark(row, col) };
}

/** The QR code of `text` as an SVG, or null when it is too long for one. */
export function qrCodeSvg(text: string, label: string, size = 220): SVGSVGElement | null {
  const grid = qrGrid(text);
  if (!grid) return null;
  const n = grid.size;
  const margin = 4;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n + margin * 2} ${n + margin * 2}`);
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  svg.append(background);
  let d = '';
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (grid.isDark(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000000');
  svg.append(path);
  return svg;
}
