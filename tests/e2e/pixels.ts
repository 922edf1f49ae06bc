/** Reads what was drawn: a PNG screenshot decoded into pixels (pngjs), counted by color. */
import { PNG } from 'pngjs';

export interface PixelCount {
  total: number;
  /** Pixels that are not (near) white: something was drawn there. */
  inked: number;
  /** Pixels within `tolerance` of each asked color. */
  near: Record<string, number>;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function countPixels(png: Buffer, colors: readonly string[] = [], tolerance = 40): PixelCount {
  const image = PNG.sync.read(png);
  const targets = colors.map((c) => [c, rgb(c)] as const);
  const near: Record<string, number> = Object.fromEntries(colors.map((c) => [c, 0]));
  let inked = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const r = image.data[i]!, g = image.data[i + 1]!, b = image.data[i + 2]!;
    if (r < 245 || g < 245 || b < 245) inked++;
    for (const [name, [tr, tg, tb]] of targets) {
      if (Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) <= tolerance) near[name]! += 1;
    }
  }
  return { total: image.width * image.height, inked, near };
}
