// A tiny anti-aliased rasterizer for flat icons: discs, rings and rectangles painted in order, supersampled per pixel.
import type { RgbaImage } from './png';

/** Straight (not premultiplied) RGBA, each 0–255. */
export type Rgba = readonly [number, number, number, number];

/** Coordinates are in pixels of the output image; (0, 0) is the top-left corner of the top-left pixel. */
export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number }
  | { kind: 'disc'; cx: number; cy: number; r: number }
  | { kind: 'ring'; cx: number; cy: number; r: number; thickness: number };

export type Layer = { shape: Shape; color: Rgba };

function covers(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case 'rect':
      return x >= shape.x && x < shape.x + shape.width && y >= shape.y && y < shape.y + shape.height;
    case 'disc':
      return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
    case 'ring': {
      const distance = Math.hypot(x - shape.cx, y - shape.cy);
      return distance <= shape.r && distance >= shape.r - shape.thickness;
    }
  }
}

/**
 * Paints the layers bottom to top ("over" compositing) at samples × samples points per pixel and averages them,
 * so edges get fractional alpha instead of jaggies. Fully transparent where nothing is painted.
 */
export function rasterize(size: number, layers: readonly Layer[], samples = 8): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      // Accumulate premultiplied colour so that averaging samples is exact.
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          let [sr, sg, sb, sa] = [0, 0, 0, 0];
          for (const { shape, color } of layers) {
            if (!covers(shape, x, y)) continue;
            const alpha = color[3] / 255;
            sr = color[0] * alpha + sr * (1 - alpha);
            sg = color[1] * alpha + sg * (1 - alpha);
            sb = color[2] * alpha + sb * (1 - alpha);
            sa = alpha + sa * (1 - alpha);
          }
          [r, g, b, a] = [r + sr, g + sg, b + sb, a + sa];
        }
      }
      const count = samples * samples;
      const at = (py * size + px) * 4;
      const alpha = a / count;
      pixels[at] = alpha > 0 ? Math.round(r / count / alpha) : 0;
      pixels[at + 1] = alpha > 0 ? Math.round(g / count / alpha) : 0;
      pixels[at + 2] = alpha > 0 ? Math.round(b / count / alpha) : 0;
      pixels[at + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, pixels };
}
