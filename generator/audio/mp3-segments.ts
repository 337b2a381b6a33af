/**
 * Where a track's MP3 may be cut so that two LAME processes encode its
 * halves at once and the joined stream still keeps every sample in its
 * place.
 *
 * An MPEG frame carries F samples (1152 from 32 kHz up, 576 below). LAME
 * 3.100 writes a stream of S input samples as ceil(S/F)·F + 1152 decoded
 * samples, input sample j at decoded sample j + 1105 (LAME's 576-sample
 * encoder delay and the decoder's 529); measured with ffmpeg at 8, 22.05,
 * 44.1 and 48 kHz. So when the first part ends at a frame boundary c, its
 * frames decode to exactly c + 1152 samples. The second part starts at
 * input sample c + 1152: its sample j then decodes at (c + 1152) +
 * (j − c − 1152) + 1105 = j + 1105, just where a single stream puts it,
 * and the whole decodes to the single stream's length. The 1152 samples
 * left out must be silence, which the first part's padding and the second
 * part's priming replace with silence; the cut goes into a gap between
 * elements with a frame of silence to spare on either side, so neither
 * encoder's look-ahead sees the other part's tones. The first part then
 * decodes sample for sample as a single stream does; the second differs
 * only by LAME's rounding (measured on the bench's 30-minute text: at most
 * 37 in 32767).
 */
import type { PlacedTone } from "./sample-timing.ts";

/** Input samples `fromSample` to `toSample` (exclusive) of a track. */
export interface SampleRange {
  fromSample: number;
  toSample: number;
}

/** What LAME 3.100 adds after the input's last whole frame, in decoded samples. */
export const LAME_TAIL_SAMPLES = 1152;
/** Silence kept on either side of the cut, for the encoders' look-ahead. */
const GUARD_SAMPLES = 1152;
/** Shorter tracks encode quickly enough in one piece. */
const MIN_SPLIT_SECONDS = 60;

/** Samples in one MPEG frame at a rate: MPEG-1 from 32 kHz, MPEG-2 and 2.5 below. */
export function frameSamples(sampleRate: number): number {
  return sampleRate >= 32_000 ? 1152 : 576;
}

/**
 * The parts to encode: the whole track, or two halves cut in the gap
 * nearest the middle that is long enough. A fixed rule of the track alone
 * (never of the machine's cores), so the bytes are the same everywhere.
 */
export function planMp3Segments(
  tones: readonly PlacedTone[],
  lengthSamples: number,
  sampleRate: number,
): SampleRange[] {
  const whole = [{ fromSample: 0, toSample: lengthSamples }];
  if (lengthSamples < MIN_SPLIT_SECONDS * sampleRate) return whole;
  const cut = cutNearMiddle(tones, lengthSamples, frameSamples(sampleRate));
  if (cut === undefined) return whole;
  return [
    { fromSample: 0, toSample: cut },
    { fromSample: cut + LAME_TAIL_SAMPLES, toSample: lengthSamples },
  ];
}

/** A frame boundary in a silent gap, with room for the tail and the guards. */
function cutNearMiddle(
  tones: readonly PlacedTone[],
  lengthSamples: number,
  frame: number,
): number | undefined {
  const middle = lengthSamples / 2;
  let best: number | undefined;
  for (let i = 1; i < tones.length; i++) {
    const before = tones[i - 1] as PlacedTone;
    const gapFrom = before.startSample + before.lengthSamples;
    const gapTo = (tones[i] as PlacedTone).startSample;
    const cut = Math.ceil((gapFrom + GUARD_SAMPLES) / frame) * frame;
    if (cut + LAME_TAIL_SAMPLES + GUARD_SAMPLES > gapTo) continue;
    if (best === undefined || Math.abs(cut - middle) < Math.abs(best - middle)) best = cut;
  }
  return best;
}
