/**
 * The timing model: how long every dot, dash and gap lasts, in dot units and
 * in milliseconds. The drill text generator fills a drill to its minutes with
 * this model and the synthesiser places samples with it, so the two agree.
 *
 * Standard proportions: dot 1, dash 3, gap inside a character 1, gap between
 * characters 3, gap between words (groups) 7. Farnsworth spacing stretches
 * only the character and word gaps, so those are counted in *spacing units*
 * and everything else in *sound units* (dots).
 */
import { patternOf } from "../course/alphabet.ts";

/** Koch's speed unit: one character lasts 10.2 dot units on average. */
export const KOCH_UNITS_PER_CHARACTER = 10.2;
/** PARIS, the word behind wpm, lasts 50 dot units including its word gap. */
export const PARIS_UNITS_PER_WORD = 50;
/** Of PARIS's 50 units, 31 are elements and the gaps inside characters. */
const PARIS_SOUND_UNITS = 31;
/** ...and 19 are the four character gaps (4 × 3) and the word gap (7). */
const PARIS_SPACING_UNITS = 19;

/** Koch's starting speed, which he kept until every character was known. */
export const DEFAULT_CPM = 60;

/** Silence before the first element, so players that clip do no harm. */
export const TRACK_LEAD_IN_MS = 500;
/** Silence after the last element. */
export const TRACK_TAIL_MS = 500;

/** How fast the course is sent, as an author writes it in the course file. */
export interface SpeedSetting {
  cpm?: number | undefined;
  wpm?: number | undefined;
  effectiveCpm?: number | undefined;
  effectiveWpm?: number | undefined;
}

/** A resolved speed: the unit lengths and the speed in both conventions. */
export interface Speed {
  /** Length of a dot (and of the gap inside a character). */
  dotMs: number;
  /** Length of one unit of the gaps between characters and words. */
  spacingUnitMs: number;
  /** Character speed in Koch's char/min. */
  cpm: number;
  /** Character speed in PARIS words per minute. */
  wpm: number;
  /** Overall speed in char/min once Farnsworth gaps are counted. */
  effectiveCpm: number;
  /** Overall speed in wpm once Farnsworth gaps are counted. */
  effectiveWpm: number;
}

/** Dot units a minute for a speed in cpm or wpm. */
function unitsPerMinute(cpm: number | undefined, wpm: number | undefined): number | undefined {
  if (cpm !== undefined) return cpm * KOCH_UNITS_PER_CHARACTER;
  if (wpm !== undefined) return wpm * PARIS_UNITS_PER_WORD;
  return undefined;
}

/** Koch: at 60 cpm a dot lasts 60 000 / (60 × 10.2) ≈ 98.04 ms. */
export function dotMsFromCpm(cpm: number): number {
  return 60_000 / (cpm * KOCH_UNITS_PER_CHARACTER);
}

/** PARIS: at 20 wpm a dot lasts 1200 / 20 = 60 ms. */
export function dotMsFromWpm(wpm: number): number {
  return 60_000 / (wpm * PARIS_UNITS_PER_WORD);
}

/**
 * Resolves a speed setting. Both conventions meet in dot units a minute, so
 * cpm × 10.2 = wpm × 50. Farnsworth spacing follows the ARRL formula: at the
 * effective speed PARIS lasts 60 000 / wpm ms; its 31 sound units keep the
 * character speed, and the 19 spacing units share what time is left.
 */
export function resolveSpeed(given: SpeedSetting): Speed {
  const setting =
    given.cpm === undefined && given.wpm === undefined ? { ...given, cpm: DEFAULT_CPM } : given;
  const characterUnits = unitsPerMinute(setting.cpm, setting.wpm) ?? 0;
  const effectiveUnits =
    unitsPerMinute(setting.effectiveCpm, setting.effectiveWpm) ?? characterUnits;
  const dotMs = 60_000 / characterUnits;
  const parisMs = (60_000 * PARIS_UNITS_PER_WORD) / Math.min(effectiveUnits, characterUnits);
  const spacingUnitMs = (parisMs - PARIS_SOUND_UNITS * dotMs) / PARIS_SPACING_UNITS;
  const overallUnits = Math.min(effectiveUnits, characterUnits);
  // Quote a speed as the author wrote it; convert only the other convention.
  const inCpm = (units: number, given?: number) => given ?? units / KOCH_UNITS_PER_CHARACTER;
  const inWpm = (units: number, given?: number) => given ?? units / PARIS_UNITS_PER_WORD;
  const hasEffective = overallUnits < characterUnits;
  return {
    dotMs,
    spacingUnitMs,
    cpm: inCpm(characterUnits, setting.cpm),
    wpm: inWpm(characterUnits, setting.wpm),
    effectiveCpm: inCpm(overallUnits, hasEffective ? setting.effectiveCpm : setting.cpm),
    effectiveWpm: inWpm(overallUnits, hasEffective ? setting.effectiveWpm : setting.wpm),
  };
}

/** A length counted in dot units and Farnsworth spacing units. */
export interface Units {
  soundUnits: number;
  spacingUnits: number;
}

/** One keyed tone or one silence of a track, in order. */
export interface Segment extends Units {
  /** `dot` or `dash` for a tone, `gap` for silence. */
  kind: "dot" | "dash" | "gap";
}

/** Dot units of one character's elements and inner gaps (E: 1, T: 3, P: 11). */
export function characterUnits(token: string): number {
  const pattern = patternOf(token);
  const elementUnits = [...pattern].reduce((sum, e) => sum + (e === "-" ? 3 : 1), 0);
  return elementUnits + pattern.length - 1;
}

/**
 * The keying of a token stream (characters and `" "` word breaks, as from
 * `tokenize`): tones and gaps in order, without lead-in or tail.
 */
export function keyingOf(tokens: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  tokens.forEach((token, index) => {
    if (token === " ") return;
    const previous = tokens[index - 1];
    if (index > 0) {
      const spacingUnits = previous === " " ? 7 : 3;
      segments.push({ kind: "gap", soundUnits: 0, spacingUnits });
    }
    [...patternOf(token)].forEach((element, elementIndex) => {
      if (elementIndex > 0) segments.push({ kind: "gap", soundUnits: 1, spacingUnits: 0 });
      const kind = element === "-" ? "dash" : "dot";
      segments.push({ kind, soundUnits: kind === "dash" ? 3 : 1, spacingUnits: 0 });
    });
  });
  return segments;
}

/** Total units of a token stream, first element to last. */
export function unitsOf(tokens: readonly string[]): Units {
  let soundUnits = 0;
  let spacingUnits = 0;
  let previous: string | undefined;
  for (const token of tokens) {
    if (token === " ") {
      previous = token;
      continue;
    }
    if (previous !== undefined) spacingUnits += previous === " " ? 7 : 3;
    soundUnits += characterUnits(token);
    previous = token;
  }
  return { soundUnits, spacingUnits };
}

/** Milliseconds of a length in units at a speed. */
export function unitsToMs(units: Units, speed: Speed): number {
  return units.soundUnits * speed.dotMs + units.spacingUnits * speed.spacingUnitMs;
}

/** A whole track's duration: lead-in, the keyed text, tail. */
export function trackDurationMs(tokens: readonly string[], speed: Speed): number {
  return TRACK_LEAD_IN_MS + unitsToMs(unitsOf(tokens), speed) + TRACK_TAIL_MS;
}
