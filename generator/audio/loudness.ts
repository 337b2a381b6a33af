/**
 * Integrated loudness after ITU-R BS.1770-4 (mono): K-weight the signal,
 * take the mean square of 400 ms blocks overlapping by 75 %, drop blocks
 * below −70 LUFS (absolute gate) and then those 10 LU below the mean of the
 * rest (relative gate), and average what is left. The engine sets its level
 * analytically (`level.ts`); this measurement checks it in tests and bench.
 */
import { applyBiquad, kWeightingFilters } from "./k-weighting.ts";

/** BS.1770's offset: a full-scale 997 Hz sine reads −3.01 LUFS. */
export const LOUDNESS_OFFSET_DB = -0.691;
const BLOCK_MS = 400;
const STEP_MS = 100;
const ABSOLUTE_GATE_LUFS = -70;
const RELATIVE_GATE_LU = -10;

/** Loudness in LUFS of a mean square of the K-weighted signal (full scale = 1). */
export function meanSquareToLufs(meanSquare: number): number {
  return LOUDNESS_OFFSET_DB + 10 * Math.log10(meanSquare);
}

/** Integrated loudness of 16-bit mono samples, in LUFS (−Infinity for silence). */
export function measureLoudness(samples: Int16Array, sampleRate: number): number {
  const weighted = Float64Array.from(samples, (s) => s / 32768);
  for (const filter of kWeightingFilters(sampleRate)) applyBiquad(weighted, filter);
  const blocks = blockMeanSquares(weighted, sampleRate).filter(
    (z) => meanSquareToLufs(z) > ABSOLUTE_GATE_LUFS,
  );
  if (blocks.length === 0) return -Infinity;
  const relativeGate = meanSquareToLufs(mean(blocks)) + RELATIVE_GATE_LU;
  return meanSquareToLufs(mean(blocks.filter((z) => meanSquareToLufs(z) > relativeGate)));
}

function blockMeanSquares(signal: Float64Array, sampleRate: number): number[] {
  const blockSamples = Math.round((BLOCK_MS * sampleRate) / 1000);
  const stepSamples = Math.round((STEP_MS * sampleRate) / 1000);
  const squares = new Float64Array(signal.length + 1);
  signal.forEach((x, i) => (squares[i + 1] = (squares[i] ?? 0) + x * x));
  const blocks: number[] = [];
  for (let start = 0; start + blockSamples <= signal.length; start += stepSamples) {
    const sum = (squares[start + blockSamples] ?? 0) - (squares[start] ?? 0);
    blocks.push(sum / blockSamples);
  }
  return blocks;
}

const mean = (values: readonly number[]): number =>
  values.reduce((sum, v) => sum + v, 0) / values.length;
