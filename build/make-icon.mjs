#!/usr/bin/env node
// Draws build/icon.png (512x512): a teal rounded square with three rising white bars, the
// "book health" motif. electron-builder turns this one PNG into the .icns / .ico / Linux icon
// sizes it needs. Re-run after changing the drawing: node build/make-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 512;
const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];

/** Coverage (0..1) of pixel (x, y) by a rounded rectangle, sampled 4x4 for smooth edges. */
function roundedRectCoverage(x, y, left, top, right, bottom, radius) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      if (px < left || px > right || py < top || py > bottom) continue;
      const cx = Math.min(Math.max(px, left + radius), right - radius);
      const cy = Math.min(Math.max(py, top + radius), bottom - radius);
      if ((px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2) hits++;
    }
  }
  return hits / 16;
}

const BARS = [
  [136, 300, 200, 392],
  [224, 230, 288, 392],
  [312, 150, 376, 392],
];

function pixel(x, y) {
  const background = roundedRectCoverage(x, y, 16, 16, SIZE - 16, SIZE - 16, 96);
  let bar = 0;
  for (const [l, t, r, b] of BARS) bar = Math.max(bar, roundedRectCoverage(x, y, l, t, r, b, 14));
  const rgb = TEAL.map((c, i) => Math.round(c * (1 - bar) + WHITE[i] * bar));
  return [...rgb, Math.round(255 * background)];
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function drawIconPng() {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, y * (SIZE * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
fs.writeFileSync(out, drawIconPng());
console.log(`Wrote ${out}`);
