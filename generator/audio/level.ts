/**
 * The level of a track, set so that it measures the podcast norm of
 * −16 LUFS integrated without measuring anything.
 *
 * Derivation. A sine of peak amplitude A has a mean square of A²/2; the
 * K-weighting scales that by its power gain K(f) at the tone's pitch. A
 * keyed element of n samples with raised-cosine edges of r samples carries
 * the energy of n − 2r + 2·(3/8)·r = n − 1.25·r samples at full level. Over
 * the keyed part of the track (first element's start to last element's
 * end, S samples) the K-weighted mean square is therefore
 *
 *   z = (A²/2) · Σ (nᵢ − 1.25·r) · K(fᵢ) / S,
 *
 * the sum running over the elements at their own pitch (dots and dashes
 * differ until the merge). Gating keeps almost every 400 ms block of a
 * keyed track (the longest gap, a 7-unit word gap at 60 cpm, is 690 ms,
 * and silence alone is dropped by the absolute gate), so the integrated
 * loudness is −0.691 + 10·log10 z, and solving for −16 LUFS gives A. The
 * duty cycle Σnᵢ/S is about 0.45 at standard spacing, which puts A near
 * 0.33 (−9.6 dBFS) with room to spare below the −1 dBFS peak ceiling.
 * Farnsworth spacing lowers the duty cycle and raises A; a track so sparse
 * that A would pass the ceiling is held there and reads quieter.
 */
import { EDGE_POWER_SHARE } from "./keyed-tone.ts";
import { kWeightingPowerGain } from "./k-weighting.ts";
import { LOUDNESS_OFFSET_DB } from "./loudness.ts";
import type { PlacedTone } from "./sample-timing.ts";

/** The podcast loudness norm. */
export const TARGET_LUFS = -16;
/** Highest sample peak allowed, leaving room for MP3 overshoot. */
export const PEAK_CEILING_DBFS = -1;

/** What the level depends on. */
export interface LevelOptions {
  tones: readonly PlacedTone[];
  dotHz: number;
  dashHz: number;
  riseMs: number;
  sampleRate: number;
}

/** Peak amplitude (0–1 of full scale) that puts the track at −16 LUFS. */
export function trackAmplitude(options: LevelOptions): number {
  const { tones, sampleRate } = options;
  const first = tones[0];
  const last = tones.at(-1);
  // One 16-bit step below the ceiling, so rounding a sample cannot cross it.
  const ceiling = 10 ** (PEAK_CEILING_DBFS / 20) - 1 / 32768;
  if (first === undefined || last === undefined) return ceiling;
  const riseSamples = (options.riseMs * sampleRate) / 1000;
  const gainOf = {
    dot: kWeightingPowerGain(options.dotHz, sampleRate),
    dash: kWeightingPowerGain(options.dashHz, sampleRate),
  };
  let weightedSamples = 0;
  for (const tone of tones) {
    const edgeLoss = 2 * (1 - EDGE_POWER_SHARE) * Math.min(riseSamples, tone.lengthSamples / 2);
    weightedSamples += (tone.lengthSamples - edgeLoss) * gainOf[tone.kind];
  }
  const keyedSamples = last.startSample + last.lengthSamples - first.startSample;
  const targetMeanSquare = 10 ** ((TARGET_LUFS - LOUDNESS_OFFSET_DB) / 10);
  const amplitude = Math.sqrt((2 * targetMeanSquare * keyedSamples) / weightedSamples);
  return Math.min(amplitude, ceiling);
}
