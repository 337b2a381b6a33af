/**
 * One track from text to file bytes: synthesis, then WAV and/or tagged MP3.
 * Pure computation (no file I/O), so it runs the same in a worker thread,
 * in `koch render` and in tests.
 */
import { tokenize } from "../course/alphabet.ts";
import { buildId3Tag, type TrackTags } from "./id3.ts";
import { concatBytes, type Mp3Encoder, type Mp3EncoderName } from "./mp3-encoder.ts";
import { synthesizeTrack } from "./synthesize.ts";
import type { Speed } from "./timing.ts";
import { encodeWav } from "./wav.ts";

/**
 * Bumped whenever a change to the engine changes the bytes it writes, so
 * that incremental runs render every track again.
 */
export const ENGINE_VERSION = 1;

/** The audio formats the engine writes. */
export type AudioFormat = "mp3" | "wav";

/** Everything that decides a track's audio files. */
export interface TrackAudioJob {
  /** The text to send: characters, groups separated by spaces. */
  text: string;
  speed: Speed;
  dotHz: number;
  dashHz: number;
  riseMs: number;
  sampleRate: number;
  mp3Kbps: number;
  mp3Encoder: Mp3EncoderName;
  formats: readonly AudioFormat[];
  /** ID3 tags of the MP3. */
  tags: TrackTags;
}

/** Wall time of each stage, for the bench and the summary. */
export interface StageTimesMs {
  synthesis: number;
  wav: number;
  mp3: number;
  tags: number;
}

/** A rendered track. */
export interface TrackAudio {
  files: Partial<Record<AudioFormat, Uint8Array>>;
  lengthSamples: number;
  /** Peak amplitude chosen for −16 LUFS (0–1 of full scale). */
  amplitude: number;
  timesMs: StageTimesMs;
}

/** Renders a track; `encoder` must be the one `job.mp3Encoder` names. */
export function renderTrackAudio(job: TrackAudioJob, encoder: Mp3Encoder | undefined): TrackAudio {
  const timesMs: StageTimesMs = { synthesis: 0, wav: 0, mp3: 0, tags: 0 };
  const time = <T>(stage: keyof StageTimesMs, work: () => T): T => {
    const startedAt = performance.now();
    const result = work();
    timesMs[stage] += performance.now() - startedAt;
    return result;
  };
  const { samples, amplitude } = time("synthesis", () =>
    synthesizeTrack({ ...job, tokens: tokenize(job.text) }),
  );

  const files: TrackAudio["files"] = {};
  if (job.formats.includes("wav")) files.wav = time("wav", () => encodeWav(samples, job.sampleRate));
  if (job.formats.includes("mp3")) {
    if (encoder === undefined) throw new Error("an MP3 track needs an encoder");
    const settings = { sampleRate: job.sampleRate, kbps: job.mp3Kbps };
    const stream = time("mp3", () => encoder.encode(samples, settings));
    files.mp3 = time("tags", () => concatBytes([buildId3Tag(job.tags), stream]));
  }
  return { files, lengthSamples: samples.length, amplitude, timesMs };
}
