// Draws the Legible icon (a deep blue rounded square holding a page of white text lines) and
// writes public/icon/<size>.png, which WXT lists in the manifest. Run: npx tsx scripts/make-icons.ts
//
// Parts: layout (where the shapes go at each size) → rasterize (8×8 supersampled coverage,
// blended in linear light) → encodePng (RGBA, filter 0, zlib) → write.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** The sizes browsers ask for: toolbar (16, 32), extension pages (48, 96), store and install (128). */
const SIZES = [16, 32, 48, 96, 128] as const;
/** Legible's blue, as on the badge and focus rings. */
const BLUE: Rgb = [0x0b, 0x57, 0xa4];
const WHITE: Rgb = [0xff, 0xff, 0xff];
/** Samples per pixel along each axis; 8×8 gives 65 levels of coverage for the edges. */
const SUPERSAMPLE = 8;
/** Relative lengths of the text lines, top to bottom: a short last line reads as a paragraph's end. */
const LINES_LARGE = [1, 0.8, 1, 0.55];
/** At 16 px four lines blur together, so the smallest icon has three. */
const LINES_SMALL = [1, 0.78, 0.5];

type Rgb = [number, number, number];
type Box = { x0: number; y0: number; x1: number; y1: number; radius: number };
type Layout = { page: Box; lines: Box[] };

/** Where the rounded square and the lines go; line edges fall on whole pixels so they stay crisp. */
function layout(size: number): Layout {
  const margin = Math.max(1, Math.round(size / 24));
  const page = { x0: margin, y0: margin, x1: size - margin, y1: size - margin, radius: size * 0.2 };
  const lengths = size < 32 ? LINES_SMALL : LINES_LARGE;
  const thickness = Math.max(2, Math.round(size * 0.09));
  const gap = Math.max(2, Math.round(thickness * 0.85));
  const blockHeight = lengths.length * thickness + (lengths.length - 1) * gap;
  const top = Math.round((size - blockHeight) / 2);
  const left = Math.round(size * 0.25);
  const width = size * 0.5;
  // Round caps, except where a line is two pixels high: there they would only smudge its corners.
  const radius = thickness > 2 ? thickness / 2 : 0.5;
  const lines = lengths.map((length, i) => {
    const y0 = top + i * (thickness + gap);
    return { x0: left, y0, x1: Math.round(left + width * length), y1: y0 + thickness, radius };
  });
  return { page, lines };
}

/** Signed distance from (x, y) to a rounded box: negative inside. */
function distanceToBox(x: number, y: number, box: Box): number {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  const r = Math.min(box.radius, (box.x1 - box.x0) / 2, (box.y1 - box.y0) / 2);
  const qx = Math.abs(x - cx) - (box.x1 - box.x0) / 2 + r;
  const qy = Math.abs(y - cy) - (box.y1 - box.y0) / 2 + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** The share of pixel (px, py) that the shape covers, from SUPERSAMPLE² samples. */
function coverage(px: number, py: number, inside: (x: number, y: number) => boolean): number {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      if (inside(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE)) hits++;
    }
  }
  return hits / (SUPERSAMPLE * SUPERSAMPLE);
}

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (l: number) => {
  const s = l <= 0.0031308 ? l * 12.92 : 1.055 * l ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, s)) * 255);
};

/** Mixes two sRGB colours in linear light, so white-on-blue edges do not look thin and dark. */
function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return a.map((c, i) => toSrgb(toLinear(c) * (1 - t) + toLinear(b[i]!) * t)) as Rgb;
}

/** The icon at `size` px as straight (not premultiplied) RGBA rows. */
function rasterize(size: number): Uint8Array {
  const { page, lines } = layout(size);
  const pixels = new Uint8Array(size * size * 4);
  const inPage = (x: number, y: number) => distanceToBox(x, y, page) <= 0;
  const inLine = (x: number, y: number) => lines.some((line) => distanceToBox(x, y, line) <= 0);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = coverage(x, y, inPage);
      const ink = alpha === 0 ? 0 : coverage(x, y, inLine);
      const [r, g, b] = mix(BLUE, WHITE, ink);
      pixels.set([r, g, b, Math.round(alpha * 255)], (y * size + x) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks use it (ISO 3309, the same as zlib's). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC over type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A PNG file (8-bit RGBA, no interlace) from straight RGBA pixels. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // compression 0 (deflate), filter method 0, interlace 0: already zero.
  const stride = width * 4;
  const scanlines = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    scanlines[y * (stride + 1)] = 0; // filter type None: the images are tiny
    scanlines.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function main(): void {
  const dir = new URL('../public/icon/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = new URL(`${size}.png`, dir);
    const png = encodePng(size, size, rasterize(size));
    writeFileSync(file, png);
    console.log(`${file.pathname.replace(/^.*\/public\//, 'public/')}  ${png.length} bytes`);
  }
}

main();
