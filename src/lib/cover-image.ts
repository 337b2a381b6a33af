/**
 * The course's cover, drawn at build time from the title: the title in
 * large pixel letters, its first word in Morse below as dots and dashes,
 * the author at the foot. Square and 1400 px, the smallest size podcast
 * directories accept.
 */
import { MORSE_PATTERNS } from "../../generator/course/alphabet.ts";
import { drawableText, GLYPH_HEIGHT, GLYPH_WIDTH, glyphRows } from "./pixel-font.ts";
import { encodePng, type RgbImage } from "./png.ts";

/** Width and height of the cover in pixels. */
export const COVER_SIZE_PX = 1400;

const MARGIN_PX = 120;
const BACKGROUND = [19, 41, 75] as const;
const INK = [255, 255, 255] as const;
const ACCENT = [242, 180, 65] as const;

type Colour = readonly [number, number, number];

/** Fills a rectangle, clipped to the image; coordinates are whole pixels. */
function fillRect(image: RgbImage, x: number, y: number, w: number, h: number, colour: Colour) {
  // A fractional row would land the fill part-way along another row.
  [x, y, w, h] = [x, y, w, h].map(Math.round) as [number, number, number, number];
  for (let row = Math.max(0, y); row < Math.min(image.height, y + h); row++) {
    for (let col = Math.max(0, x); col < Math.min(image.width, x + w); col++) {
      image.pixels.set(colour, (row * image.width + col) * 3);
    }
  }
}

/** Splits text into lines of at most `maxChars` characters, at spaces. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/** The largest pixel size at which the text fits the box, and its lines. */
function fitText(text: string, boxWidth: number, boxHeight: number, maxScale = 28) {
  for (let scale = maxScale; scale > 2; scale--) {
    const lines = wrapWords(text, Math.floor(boxWidth / ((GLYPH_WIDTH + 1) * scale)));
    const fits = lines.every((line) => line.length * (GLYPH_WIDTH + 1) * scale <= boxWidth);
    if (fits && lines.length * (GLYPH_HEIGHT + 3) * scale <= boxHeight) return { scale, lines };
  }
  return { scale: 2, lines: wrapWords(text, Math.floor(boxWidth / 12)) };
}

function drawLine(image: RgbImage, line: string, top: number, scale: number, colour: Colour) {
  const width = line.length * (GLYPH_WIDTH + 1) * scale - scale;
  let left = Math.round((image.width - width) / 2);
  for (const character of line) {
    glyphRows(character).forEach((cells, row) =>
      cells.forEach((ink, col) => {
        if (ink) fillRect(image, left + col * scale, top + row * scale, scale, scale, colour);
      }),
    );
    left += (GLYPH_WIDTH + 1) * scale;
  }
}

/** The narrowest Morse unit that still reads as a dot on a phone's thumbnail. */
const MIN_UNIT_PX = 8;

/** Width in units: a dot 1, a dash 3, 1 between elements and 3 between characters. */
function morseUnits(patterns: readonly string[]): number {
  const elements = patterns.map((p) => [...p].reduce((sum, e) => sum + (e === "-" ? 4 : 2), -1));
  return elements.reduce((sum, units) => sum + units + 3, -3);
}

/**
 * Draws a word in Morse: a dot is one unit square, a dash three units. A
 * word too long for the width at the smallest unit loses its last
 * characters; characters without a Morse pattern are left out.
 */
function drawMorse(image: RgbImage, word: string, centreY: number) {
  const patterns = [...word].flatMap((c) => MORSE_PATTERNS[c] ?? []);
  const maxUnits = Math.floor((image.width - 2 * MARGIN_PX) / MIN_UNIT_PX);
  while (patterns.length > 0 && morseUnits(patterns) > maxUnits) patterns.pop();
  if (patterns.length === 0) return;
  const units = morseUnits(patterns);
  const unitPx = Math.min(28, Math.floor((image.width - 2 * MARGIN_PX) / units));
  let x = Math.round((image.width - units * unitPx) / 2);
  for (const pattern of patterns) {
    for (const element of pattern) {
      const length = element === "-" ? 3 : 1;
      fillRect(image, x, centreY - Math.floor(unitPx / 2), length * unitPx, unitPx, ACCENT);
      x += (length + 1) * unitPx;
    }
    x += 2 * unitPx;
  }
}

/** The cover as PNG bytes. */
export function drawCover(title: string, author: string): Buffer {
  const image: RgbImage = {
    width: COVER_SIZE_PX,
    height: COVER_SIZE_PX,
    pixels: new Uint8Array(COVER_SIZE_PX * COVER_SIZE_PX * 3),
  };
  fillRect(image, 0, 0, image.width, image.height, BACKGROUND);

  const box = image.width - 2 * MARGIN_PX;
  const drawnTitle = drawableText(title);
  const { scale, lines } = fitText(drawnTitle, box, 760);
  const lineHeight = (GLYPH_HEIGHT + 3) * scale;
  const top = MARGIN_PX + Math.round((760 - lines.length * lineHeight) / 2);
  lines.forEach((line, i) => drawLine(image, line, top + i * lineHeight, scale, INK));

  drawMorse(image, drawnTitle.split(" ")[0] ?? "", 1010);

  const byline = fitText(drawableText(author), box, 140, 10);
  byline.lines.slice(0, 1).forEach((line) => drawLine(image, line, 1180, byline.scale, INK));
  return encodePng(image);
}
