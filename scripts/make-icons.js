#!/usr/bin/env node
"use strict";
// Draws the add-in's icons (a blue rounded square with a white tick over three lines) as
// PNGs in assets/, at the sizes the manifest names. Pure Node: zlib for the PNG stream.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function icon(x, y, s) {
  const u = x / s,
    v = y / s;
  const r = 0.18,
    m = 0.04;
  // rounded square
  const cx = Math.min(Math.max(u, m + r), 1 - m - r),
    cy = Math.min(Math.max(v, m + r), 1 - m - r);
  if (Math.hypot(u - cx, v - cy) > r) return [0, 0, 0, 0];
  const white = [255, 255, 255, 255];
  const blue = [0, 90, 158, 255];
  const w = Math.max(1.2 / s, 0.07);
  // three text lines
  for (const ly of [0.3, 0.46, 0.62])
    if (v > ly - w / 2 && v < ly + w / 2 && u > 0.2 && u < (ly === 0.62 ? 0.45 : 0.62)) return white;
  // the tick
  if (distToSegment(u, v, 0.5, 0.68, 0.6, 0.78) < w * 0.8 || distToSegment(u, v, 0.6, 0.78, 0.82, 0.5) < w * 0.8)
    return [255, 200, 0, 255];
  return blue;
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size, icon));
console.log("wrote assets/icon-{16,32,64,80,128}.png");
