/**
 * Synthesis: a track's text to 16-bit PCM, a chunk at a time, so that a
 * 30-minute drill at 48 kHz (86 million samples, 173 MB) never has to sit
 * in memory whole. Silence is exact zero (the chunk is cleared); each
 * element is copied in from a small cache, since a track has only a
 * handful of distinct elements (dot or dash, at one of two lengths that
 * rounding to whole samples allows). An element that straddles a chunk boundary is
 * split between the two chunks, so the concatenated chunks are the same
 * samples whatever the chunk size.
 */
import { renderKeyedTone } from "./keyed-tone.ts";
import { trackAmplitude } from "./level.ts";
import { placeTones, type PlacedTone } from "./sample-timing.ts";
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

/** A track ready to be synthesised: its length and level are known up front. */
export interface TrackSynthesis {
  lengthSamples: number;
  /** Peak amplitude used (0–1), set for −16 LUFS. */
  amplitude: number;
  /** The keyed tones in order; silence everywhere else. */
  tones: readonly PlacedTone[];
  /**
   * The samples from `fromSample` (default 0) to `toSample` (default the
   * end), `chunkSamples` at a time (the last chunk may be shorter). Each
   * call has one buffer, refilled for every chunk: a chunk is valid until
   * the next one is asked for, so a consumer that keeps samples copies
   * them. Fresh buffers would leave megabytes of dead chunks waiting for
   * the garbage collector.
   */
  chunks(chunkSamples: number, fromSample?: number, toSample?: number): Generator<Int16Array>;
}

/** A synthesised track, whole. */
export interface SynthesizedTrack {
  samples: Int16Array;
  /** Peak amplitude used (0–1), set for −16 LUFS. */
  amplitude: number;
}

/** Places a track's tones and sets its level; samples come later, by chunk. */
export function prepareSynthesis(options: SynthesisOptions): TrackSynthesis {
  const { tones, lengthSamples } = placeTones(options.tokens, options.speed, options.sampleRate);
  const amplitude = trackAmplitude({ ...options, tones });
  const elementOf = elementCache(options, amplitude);
  return {
    lengthSamples,
    amplitude,
    tones,
    chunks: (chunkSamples, fromSample = 0, toSample = lengthSamples) =>
      chunksOf(tones, elementOf, { fromSample, toSample }, chunkSamples),
  };
}

/** Renders a whole track at once: lead-in silence, the keyed text, tail silence. */
export function synthesizeTrack(options: SynthesisOptions): SynthesizedTrack {
  const synthesis = prepareSynthesis(options);
  const samples = new Int16Array(synthesis.lengthSamples);
  let offset = 0;
  for (const chunk of synthesis.chunks(Math.max(1, samples.length))) {
    samples.set(chunk, offset);
    offset += chunk.length;
  }
  return { samples, amplitude: synthesis.amplitude };
}

/** The samples of each distinct element, rendered on first use. */
function elementCache(options: SynthesisOptions, amplitude: number) {
  const cache = new Map<string, Int16Array>();
  return (tone: PlacedTone): Int16Array => {
    const key = `${tone.kind}:${tone.lengthSamples}`;
    let element = cache.get(key);
    if (element === undefined) {
      const toneHz = tone.kind === "dot" ? options.dotHz : options.dashHz;
      const { riseMs, sampleRate } = options;
      const { lengthSamples } = tone;
      element = renderKeyedTone({ toneHz, lengthSamples, riseMs, amplitude, sampleRate });
      cache.set(key, element);
    }
    return element;
  };
}

function* chunksOf(
  tones: readonly PlacedTone[],
  elementOf: (tone: PlacedTone) => Int16Array,
  { fromSample, toSample }: { fromSample: number; toSample: number },
  chunkSamples: number,
): Generator<Int16Array> {
  if (!Number.isInteger(chunkSamples) || chunkSamples < 1) {
    throw new Error(`synthesis chunks need a whole number of samples, got ${chunkSamples}`);
  }
  // Tones are in order and never overlap, so one cursor walks them once.
  let first = 0;
  const buffer = new Int16Array(Math.max(0, Math.min(chunkSamples, toSample - fromSample)));
  for (let start = fromSample; start < toSample; start += chunkSamples) {
    const end = Math.min(start + chunkSamples, toSample);
    const chunk = buffer.subarray(0, end - start);
    chunk.fill(0);
    while (first < tones.length && endOf(tones[first]) <= start) first++;
    for (let i = first; i < tones.length; i++) {
      const tone = tones[i] as PlacedTone;
      if (tone.startSample >= end) break;
      const from = Math.max(start, tone.startSample);
      const to = Math.min(end, endOf(tone));
      const element = elementOf(tone);
      chunk.set(element.subarray(from - tone.startSample, to - tone.startSample), from - start);
    }
    yield chunk;
  }
}

function endOf(tone: PlacedTone | undefined): number {
  return tone === undefined ? Infinity : tone.startSample + tone.lengthSamples;
}
