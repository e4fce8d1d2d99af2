// Draws Roundtable's mark (a round table seen from above, six seats, a talking piece in the middle) into the PNG icons
// the Teams app package and the Outlook ribbon need. Run `node --import tsx scripts/lib/draw-icons.ts` after a change.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodePng, type RgbaImage } from './png';
import { rasterize, type Layer, type Rgba } from './raster';

export const brandColor = '#1B6B73';
const teal: Rgba = [0x1b, 0x6b, 0x73, 255];
const amber: Rgba = [0xf2, 0xb1, 0x34, 255];
const white: Rgba = [255, 255, 255, 255];

/** `hollow` draws the table top as a ring (for the one-colour outline icon, where a filled top would hide the piece). */
type MarkStyle = { table: Rgba; seats: Rgba; piece: Rgba; hollow?: boolean };

/** The mark centred in a size × size image, fitting a circle of `radius` pixels. */
function mark(size: number, radius: number, style: MarkStyle): Layer[] {
  const c = size / 2;
  const seatCount = 6;
  const seats = Array.from({ length: seatCount }, (_, i): Layer => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / seatCount;
    const shape = { kind: 'disc', cx: c + 0.8 * radius * Math.cos(angle), cy: c + 0.8 * radius * Math.sin(angle), r: 0.18 * radius } as const;
    return { shape, color: style.seats };
  });
  return [
    style.hollow
      ? { shape: { kind: 'ring', cx: c, cy: c, r: 0.46 * radius, thickness: 0.16 * radius }, color: style.table }
      : { shape: { kind: 'disc', cx: c, cy: c, r: 0.46 * radius }, color: style.table },
    { shape: { kind: 'disc', cx: c, cy: c, r: 0.15 * radius }, color: style.piece },
    ...seats,
  ];
}

export type IconFile = { path: string; image: RgbaImage };

/** Every icon, with its path relative to manifest/. */
export function renderIcons(): IconFile[] {
  const onBrand = { table: white, seats: white, piece: amber };
  const onTransparent = { table: teal, seats: teal, piece: amber };
  const ribbon = (size: number): IconFile => ({ path: `icons/ribbon-${size}.png`, image: rasterize(size, mark(size, size * 0.47, onTransparent)) });
  return [
    // Teams: a 96 px symbol on a solid square with 48 px padding; Teams rounds the corners itself.
    {
      path: 'color.png',
      image: rasterize(192, [{ shape: { kind: 'rect', x: 0, y: 0, width: 192, height: 192 }, color: teal }, ...mark(192, 48, onBrand)], 4),
    },
    // Teams app bar: pure white (255, 255, 255) on full transparency, no padding.
    { path: 'outline.png', image: rasterize(32, mark(32, 16, { table: white, seats: white, piece: white, hollow: true })) },
    // Outlook and the Microsoft 365 app: full colour on transparency.
    { path: 'color32x32.png', image: rasterize(32, mark(32, 15, onTransparent)) },
    // Outlook ribbon button and group: served from the app's domain, so they are not in the app package.
    ribbon(16),
    ribbon(32),
    ribbon(80),
  ];
}

export function writeIcons(manifestDir: string): string[] {
  return renderIcons().map(({ path, image }) => {
    const file = join(manifestDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, encodePng(image));
    return file;
  });
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const manifestDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../manifest');
  for (const file of writeIcons(manifestDir)) console.log(file);
}
