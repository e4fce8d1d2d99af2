import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandColor, renderIcons } from '../../../scripts/lib/draw-icons';
import { decodePng, readPngHeader } from '../../../scripts/lib/png';
import { manifestDir } from './test-values';

const read = (path: string) => readFileSync(join(manifestDir, path));

describe('the app icons', () => {
  it.each([
    ['color.png', 192],
    ['outline.png', 32],
    ['color32x32.png', 32],
    ['icons/ribbon-16.png', 16],
    ['icons/ribbon-32.png', 32],
    ['icons/ribbon-80.png', 80],
  ])('%s is a square RGBA PNG of %i px', (path, size) => {
    expect(readPngHeader(read(path))).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 });
  });

  it('the outline icon is pure white on full transparency, as Teams requires', () => {
    const { pixels } = decodePng(read('outline.png'));
    let opaque = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      if (pixels[at + 3] === 0) continue;
      opaque += 1;
      expect([pixels[at], pixels[at + 1], pixels[at + 2]]).toEqual([255, 255, 255]);
    }
    expect(opaque).toBeGreaterThan(0);
    expect(pixels[3]).toBe(0); // the corner is transparent
  });

  it('the colour icon has a solid square background', () => {
    const { pixels } = decodePng(read('color.png'));
    const corners = [0, 191 * 4, 191 * 192 * 4, (192 * 192 - 1) * 4].map((at) => Array.from(pixels.subarray(at, at + 4)));
    expect(new Set(corners.map((corner) => corner.join()))).toEqual(new Set(['27,107,115,255']));
  });

  it('the committed PNGs are what scripts/lib/draw-icons.ts draws', () => {
    for (const { path, image } of renderIcons()) {
      const committed = decodePng(read(path)).pixels;
      // Allow one step of rounding per channel, in case a future V8 computes a sine in the last bit differently.
      const largestDifference = committed.reduce((max, value, at) => Math.max(max, Math.abs(value - (image.pixels[at] ?? -255))), 0);
      expect(committed.length, path).toBe(image.pixels.length);
      expect(largestDifference, `${path} differs from what draw-icons draws; run it again`).toBeLessThanOrEqual(1);
    }
  });

  it('the manifest\'s accent colour is the icons\' brand colour', () => {
    expect((JSON.parse(read('manifest.json').toString('utf8')) as { accentColor: string }).accentColor).toBe(brandColor);
  });
});
