/** Reads back the PNGs the site writes (8-bit RGB, one IDAT chunk), for tests. */
import { inflateSync } from "node:zlib";

/** A decoded PNG: its header fields and its raw scanlines (a filter byte a row). */
export interface ReadPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  raw: Buffer;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** Decodes a PNG we wrote; throws when it is not one. */
export function readPng(png: Buffer): ReadPng {
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error("not a PNG signature");
  const idatAt = png.indexOf("IDAT");
  const length = png.readUInt32BE(idatAt - 4);
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png[24]!,
    colourType: png[25]!,
    raw: inflateSync(png.subarray(idatAt + 4, idatAt + 4 + length)),
  };
}

/** How many pixels have exactly this colour. */
export function countPixels(png: ReadPng, [r, g, b]: readonly number[]): number {
  let count = 0;
  const rowBytes = png.width * 3 + 1;
  for (let y = 0; y < png.height; y++) {
    for (let at = y * rowBytes + 1; at < (y + 1) * rowBytes; at += 3) {
      if (png.raw[at] === r && png.raw[at + 1] === g && png.raw[at + 2] === b) count++;
    }
  }
  return count;
}
