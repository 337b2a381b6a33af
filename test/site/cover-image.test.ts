import { describe, expect, it } from "vitest";
import { COVER_SIZE_PX, drawCover, wrapWords } from "../../src/lib/cover-image.ts";
import { drawableText, GLYPH_HEIGHT, GLYPH_WIDTH, glyphRows } from "../../src/lib/pixel-font.ts";
import { encodePng } from "../../src/lib/png.ts";
import { readPng } from "./png-read.ts";

/** The cover's margin and Morse accent colour, as `cover-image.ts` draws them. */
const MARGIN_PX = 120;
const ACCENT = [242, 180, 65];

/** Columns of the cover that hold an accent (Morse) pixel. */
function accentColumns(png: Buffer): Set<number> {
  const { width, height, raw } = decodePng(png);
  const columns = new Set<number>();
  const rowBytes = width * 3 + 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * rowBytes + 1 + x * 3;
      if (raw[at] === ACCENT[0] && raw[at + 1] === ACCENT[1] && raw[at + 2] === ACCENT[2]) {
        columns.add(x);
      }
    }
  }
  return columns;
}

/** Width, height and the raw scanlines of a PNG we wrote (one IDAT). */
function decodePng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  return readPng(png);
}

describe("cover image", () => {
  it("encodes RGB pixels as a PNG that inflates back to the same rows", () => {
    const pixels = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9]);
    const { width, height, raw, colourType, bitDepth } = decodePng(
      encodePng({ width: 2, height: 2, pixels }),
    );
    expect([width, height, colourType, bitDepth]).toEqual([2, 2, 2, 8]);
    expect([...raw]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 9, 9, 9]);
  });

  it("draws a square cover of the size podcast directories accept, the same every time", () => {
    const png = drawCover("Koch Morse Code Course", "koch-course");
    const { width, height } = decodePng(png);
    expect(width).toBe(COVER_SIZE_PX);
    expect(height).toBe(COVER_SIZE_PX);
    expect(COVER_SIZE_PX).toBeGreaterThanOrEqual(1400);
    expect(drawCover("Koch Morse Code Course", "koch-course").equals(png)).toBe(true);
    expect(drawCover("Another Course", "koch-course").equals(png)).toBe(false);
  });

  it("has a 5 × 7 glyph for every character a course sends, in either case", () => {
    for (const character of "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,?/=") {
      const rows = glyphRows(character);
      expect(rows).toHaveLength(GLYPH_HEIGHT);
      expect(rows.every((row) => row.length === GLYPH_WIDTH)).toBe(true);
      expect(rows.flat().some(Boolean)).toBe(true);
    }
    expect(glyphRows("k")).toEqual(glyphRows("K"));
    expect(glyphRows("€").flat().some(Boolean)).toBe(false);
  });

  it("wraps the title at spaces", () => {
    expect(wrapWords("Koch Morse Code Course", 10)).toEqual(["Koch Morse", "Code", "Course"]);
    expect(wrapWords("Supercalifragilistic", 5)).toEqual(["Supercalifragilistic"]);
  });

  it("draws what the font can of any text: accents dropped, the rest closed up", () => {
    expect(drawableText("Morsekurs für Anfänger – Straße")).toBe("MORSEKURS FUR ANFANGER STRASSE");
    expect(drawableText("</script><b>bold 🎧 \u202Eevil")).toBe("/SCRIPT B BOLD EVIL");
    expect(drawableText("מורס 𝄞")).toBe("");
  });

  it("keeps the Morse line inside the margins, for a short word and a long one", () => {
    for (const title of ["Morsekurs für Anfänger", "Supercalifragilisticexpialidocious course"]) {
      const columns = [...accentColumns(drawCover(title, "someone"))];
      expect(columns.length, title).toBeGreaterThan(0);
      expect(Math.min(...columns), title).toBeGreaterThanOrEqual(MARGIN_PX);
      expect(Math.max(...columns), title).toBeLessThan(COVER_SIZE_PX - MARGIN_PX);
    }
  });
});
