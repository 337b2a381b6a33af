/**
 * One keyed element: a sine at the element's pitch whose start and end are
 * shaped by raised-cosine edges. A hard on/off step spreads energy over a
 * wide band (heard as key clicks); a raised cosine of a few milliseconds
 * confines the spectrum to within a few hundred hertz of the tone.
 */

/** What one element sounds like. */
export interface ToneOptions {
  toneHz: number;
  lengthSamples: number;
  /** Rise (and fall) time of each edge. */
  riseMs: number;
  /** Peak amplitude, 0 to 1 of full scale. */
  amplitude: number;
  sampleRate: number;
}

/** 16-bit full scale. */
const FULL_SCALE = 32767;

/**
 * The element as 16-bit samples. The sine starts at phase zero with every
 * element, so equal elements are equal sample for sample. An element too
 * short for two full edges gets edges of half its length.
 */
export function renderKeyedTone(options: ToneOptions): Int16Array {
  const { toneHz, lengthSamples, amplitude, sampleRate } = options;
  const riseSamples = Math.min(
    Math.round((options.riseMs * sampleRate) / 1000),
    Math.floor(lengthSamples / 2),
  );
  const samples = new Int16Array(lengthSamples);
  const radiansPerSample = (2 * Math.PI * toneHz) / sampleRate;
  const peak = amplitude * FULL_SCALE;
  for (let i = 0; i < lengthSamples; i++) {
    const fromEdge = Math.min(i, lengthSamples - 1 - i);
    const gain = fromEdge < riseSamples ? edgeGain(fromEdge, riseSamples) : 1;
    samples[i] = Math.round(peak * gain * Math.sin(radiansPerSample * i));
  }
  return samples;
}

/**
 * Raised cosine over `riseSamples`: 0 at the first sample, rising to 1 just
 * past the edge. Sample 0 is silent, so the tone starts without a step.
 */
function edgeGain(fromEdge: number, riseSamples: number): number {
  return 0.5 - 0.5 * Math.cos((Math.PI * fromEdge) / riseSamples);
}

/** Mean of the squared raised-cosine edge over its length: ∫(½ − ½cos)² = 3/8. */
export const EDGE_POWER_SHARE = 3 / 8;
