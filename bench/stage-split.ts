/**
 * The engine's time per stage on one text, in this thread, for the bench.
 * The bytes go nowhere, so file writes do not blur the split.
 */
import { createMp3Encoder } from "../generator/audio/create-mp3-encoder.ts";
import type { Mp3EncoderName } from "../generator/audio/mp3-encoder.ts";
import { renderTrackAudio, type StageTimesMs } from "../generator/audio/track-audio.ts";
import { resolveSpeed } from "../generator/audio/timing.ts";

/** The comparison settings. */
export interface SplitOptions {
  wpm: number;
  toneHz: number;
  riseMs: number;
  sampleRate: number;
  kbps: number;
}

const discard = async () => {};

/** Renders `text` to WAV and MP3 and returns the time of each stage. */
export async function splitStages(
  text: string,
  encoder: Mp3EncoderName,
  options: SplitOptions,
): Promise<StageTimesMs> {
  const mp3 = await createMp3Encoder(encoder);
  const job = {
    text,
    speed: resolveSpeed({ wpm: options.wpm }),
    dotHz: options.toneHz,
    dashHz: options.toneHz,
    riseMs: options.riseMs,
    sampleRate: options.sampleRate,
    mp3Kbps: options.kbps,
    mp3Encoder: encoder,
    formats: ["wav", "mp3"] as const,
    tags: {
      title: "bench",
      album: "bench",
      artist: "bench",
      trackNumber: 1,
      trackCount: 1,
      year: "2026",
      genre: "Education",
      comment: "bench",
      lyrics: text,
      language: "eng",
    },
  };
  const audio = await renderTrackAudio(job, mp3, { wav: discard, mp3: discard });
  return audio.timesMs;
}
