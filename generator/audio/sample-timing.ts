/**
 * From the timing model to whole samples. Every boundary is placed from the
 * cumulative units since the start of the track and rounded once, so no
 * rounding error can pile up: an element is within one sample of its
 * nominal length and the track ends exactly where its units say.
 */
import {
  keyingOf,
  TRACK_LEAD_IN_MS,
  TRACK_TAIL_MS,
  unitsOf,
  unitsToMs,
  type Speed,
} from "./timing.ts";

/** One keyed tone, placed in samples. */
export interface PlacedTone {
  kind: "dot" | "dash";
  startSample: number;
  lengthSamples: number;
}

/** A track's tones in samples and its whole length, lead-in and tail included. */
export interface TrackSamples {
  tones: PlacedTone[];
  lengthSamples: number;
}

/** The sample nearest a time in milliseconds from the start of the track. */
export function msToSample(ms: number, sampleRate: number): number {
  return Math.round((ms * sampleRate) / 1000);
}

/** Places the tones of a token stream (`tokenize` output) in samples. */
export function placeTones(
  tokens: readonly string[],
  speed: Speed,
  sampleRate: number,
): TrackSamples {
  const tones: PlacedTone[] = [];
  const at = { soundUnits: 0, spacingUnits: 0 };
  const sampleAt = () => msToSample(TRACK_LEAD_IN_MS + unitsToMs(at, speed), sampleRate);
  for (const segment of keyingOf(tokens)) {
    const startSample = sampleAt();
    at.soundUnits += segment.soundUnits;
    at.spacingUnits += segment.spacingUnits;
    if (segment.kind === "gap") continue;
    tones.push({ kind: segment.kind, startSample, lengthSamples: sampleAt() - startSample });
  }
  return { tones, lengthSamples: trackLengthSamples(tokens, speed, sampleRate) };
}

/** Samples of a whole track: lead-in, keyed text and tail. */
export function trackLengthSamples(
  tokens: readonly string[],
  speed: Speed,
  sampleRate: number,
): number {
  const keyedMs = unitsToMs(unitsOf(tokens), speed);
  return msToSample(TRACK_LEAD_IN_MS + keyedMs + TRACK_TAIL_MS, sampleRate);
}
