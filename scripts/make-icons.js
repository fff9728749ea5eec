#!/usr/bin/env node
// Draws the add-in icon (a tear-off calendar on a blue rounded square, one month marked by an orange coin) and
// writes it as RGBA PNG files in every size the manifest and the store listing use. Only Node's zlib is needed,
// so the icons can be regenerated anywhere: `node scripts/make-icons.js`. The output is deterministic.

"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const OUTPUT_DIR = path.join(__dirname, "..", "assets");
/** Samples per pixel along each axis; 4 × 4 samples give smooth edges at 16 px. */
const SUPERSAMPLING = 4;

const BLUE = [15, 108, 189];
const ORANGE = [247, 99, 12];
const WHITE = [255, 255, 255];

// Shapes in unit coordinates (0..1 across the icon), painted in order: a later shape covers an earlier one.
function roundedRect(left, top, right, bottom, radius) {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

function rect(left, top, right, bottom) {
  return (x, y) => x >= left && x <= right && y >= top && y <= bottom;
}

function circle(centreX, centreY, radius) {
  return (x, y) => (x - centreX) ** 2 + (y - centreY) ** 2 <= radius ** 2;
}

function calendarCells() {
  const cells = [];
  const columns = [0.27, 0.44, 0.61];
  const rows = [0.49, 0.65];
  for (const top of rows) {
    for (const left of columns) {
      const isMarked = top === rows[1] && left === columns[2];
      if (isMarked) {
        cells.push({ colour: ORANGE, inside: circle(left + 0.06, top + 0.06, 0.085) });
      } else {
        cells.push({ colour: BLUE, inside: roundedRect(left, top, left + 0.12, top + 0.12, 0.02) });
      }
    }
  }
  return cells;
}

const SHAPES = [
  { colour: BLUE, inside: roundedRect(0, 0, 1, 1, 0.2) },
  { colour: WHITE, inside: roundedRect(0.18, 0.24, 0.82, 0.85, 0.07) },
  { colour: ORANGE, inside: roundedRect(0.18, 0.24, 0.82, 0.4, 0.07) },
  { colour: ORANGE, inside: rect(0.18, 0.32, 0.82, 0.4) },
  { colour: WHITE, inside: roundedRect(0.31, 0.14, 0.39, 0.32, 0.035) },
  { colour: WHITE, inside: roundedRect(0.61, 0.14, 0.69, 0.32, 0.035) },
  ...calendarCells(),
];

/** Renders the icon at `size` × `size` pixels as straight (not premultiplied) RGBA bytes. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;

  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let covered = 0;

      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLING) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLING) / size;
          let colour = null;
          for (const shape of SHAPES) if (shape.inside(x, y)) colour = shape.colour;
          if (!colour) continue;
          red += colour[0];
          green += colour[1];
          blue += colour[2];
          covered++;
        }
      }

      const offset = (py * size + px) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(red / covered);
        pixels[offset + 1] = Math.round(green / covered);
        pixels[offset + 2] = Math.round(blue / covered);
        pixels[offset + 3] = Math.round((covered / samples) * 255);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG: 8 bits per channel, colour type 6, no interlacing, filter 0 on every row. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;

  const rowLength = size * 4;
  const raw = Buffer.alloc((rowLength + 1) * size);
  for (let row = 0; row < size; row++) {
    pixels.copy(raw, row * (rowLength + 1) + 1, row * rowLength, (row + 1) * rowLength);
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUTPUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main();
