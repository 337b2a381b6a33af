/**
 * Synthesis: a track's text to 16-bit PCM. Silence is exact zero (a fresh
 * buffer); each element is copied in from a small cache, since a track has
 * only a handful of distinct elements (dot or dash, at one of two lengths
 * that rounding to whole samples allows).
 */
import { renderKeyedTone } from "./keyed-tone.ts";
import { trackAmplitude } from "./level.ts";
import { placeTones } from "./sample-timing.ts";
import type { Speed } from "./timing.ts";

/** Everything that decides a track's samples. */
export interface SynthesisOptions {
  /** Character tokens and `" "` word breaks, as from `tokenize`. */
  tokens: readonly string[];
  speed: Speed;
  dotHz: number;
  dashHz: number;
  riseMs: number;
  sampleRate: number;
}

/** A synthesised track. */
export interface SynthesizedTrack {
  samples: Int16Array;
  /** Peak amplitude used (0–1), set for −16 LUFS. */
  amplitude: number;
}

/** Renders a track: lead-in silence, the keyed text, tail silence. */
export function synthesizeTrack(options: SynthesisOptions): SynthesizedTrack {
  const { speed, sampleRate, riseMs } = options;
  const { tones, lengthSamples } = placeTones(options.tokens, speed, sampleRate);
  const amplitude = trackAmplitude({ ...options, tones });
  const samples = new Int16Array(lengthSamples);
  const cache = new Map<string, Int16Array>();
  for (const tone of tones) {
    const key = `${tone.kind}:${tone.lengthSamples}`;
    let element = cache.get(key);
    if (element === undefined) {
      const toneHz = tone.kind === "dot" ? options.dotHz : options.dashHz;
      element = renderKeyedTone({ toneHz, lengthSamples: tone.lengthSamples, riseMs, amplitude, sampleRate });
      cache.set(key, element);
    }
    samples.set(element, tone.startSample);
  }
  return { samples, amplitude };
}
