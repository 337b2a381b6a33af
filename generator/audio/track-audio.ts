/**
 * One track from text to file bytes, streamed: the samples are synthesised
 * a chunk at a time and each chunk goes on to the WAV and the MP3 encoder
 * before the next is made, so a thread holds a chunk, never a track. The
 * bytes go to sinks the caller gives (files in a worker, memory in tests),
 * so this module does no file I/O and runs the same everywhere.
 */
import { tokenize } from "../course/alphabet.ts";
import { buildId3Tag, type TrackTags } from "./id3.ts";
import {
  ENCODE_CHUNK_SAMPLES,
  type ByteSink,
  type Mp3Encoder,
  type Mp3EncoderName,
  type Mp3Stream,
} from "./mp3-encoder.ts";
import { prepareSynthesis } from "./synthesize.ts";
import type { Speed } from "./timing.ts";
import { wavHeader, wavSampleBytes } from "./wav.ts";

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

/**
 * Time of each stage, for the bench and the summary. `mp3` is the time
 * spent waiting on the encoder, which includes handing its bytes to the
 * sink; with the `lame` program it is the part of LAME's work that
 * synthesis could not hide.
 */
export interface StageTimesMs {
  synthesis: number;
  wav: number;
  mp3: number;
  tags: number;
}

/** Where each format's bytes go, in order, header first. */
export type TrackSinks = Partial<Record<AudioFormat, ByteSink>>;

/** A rendered track. */
export interface TrackAudio {
  lengthSamples: number;
  /** Peak amplitude chosen for −16 LUFS (0–1 of full scale). */
  amplitude: number;
  timesMs: StageTimesMs;
}

/**
 * Renders a track into one sink per format in `job.formats`; `encoder`
 * must be the one `job.mp3Encoder` names. On failure the encoder is
 * stopped and the error passed on; the caller discards what its sinks got.
 */
export async function renderTrackAudio(
  job: TrackAudioJob,
  encoder: Mp3Encoder | undefined,
  sinks: TrackSinks,
): Promise<TrackAudio> {
  const timesMs: StageTimesMs = { synthesis: 0, wav: 0, mp3: 0, tags: 0 };
  const time = <T>(stage: keyof StageTimesMs, work: () => T): T => {
    const startedAt = performance.now();
    const result = work();
    timesMs[stage] += performance.now() - startedAt;
    return result;
  };
  const synthesis = time("synthesis", () => prepareSynthesis({ ...job, tokens: tokenize(job.text) }));
  const wav = sinkFor(job, sinks, "wav");
  const mp3 = sinkFor(job, sinks, "mp3");

  if (wav) await wav(time("wav", () => wavHeader(synthesis.lengthSamples, job.sampleRate)));
  if (mp3) await mp3(time("tags", () => buildId3Tag(job.tags)));
  const stream = mp3 && startMp3(job, encoder, mp3);

  try {
    const chunks = synthesis.chunks(ENCODE_CHUNK_SAMPLES);
    for (;;) {
      const next = time("synthesis", () => chunks.next());
      if (next.done === true) break;
      if (wav) await wav(time("wav", () => wavSampleBytes(next.value)));
      if (stream) await timeAsync(timesMs, "mp3", () => stream.write(next.value));
    }
    if (stream) await timeAsync(timesMs, "mp3", () => stream.end());
  } catch (error) {
    stream?.abort();
    throw error;
  }
  return { lengthSamples: synthesis.lengthSamples, amplitude: synthesis.amplitude, timesMs };
}

function startMp3(job: TrackAudioJob, encoder: Mp3Encoder | undefined, sink: ByteSink): Mp3Stream {
  if (encoder === undefined) throw new Error("an MP3 track needs an encoder");
  return encoder.start({ sampleRate: job.sampleRate, kbps: job.mp3Kbps }, sink);
}

function sinkFor(job: TrackAudioJob, sinks: TrackSinks, format: AudioFormat): ByteSink | undefined {
  if (!job.formats.includes(format)) return undefined;
  const sink = sinks[format];
  if (sink === undefined) throw new Error(`a ${format} track needs somewhere to write`);
  return sink;
}

/** Times async work from its start, so the synchronous part before its first await counts. */
async function timeAsync(
  timesMs: StageTimesMs,
  stage: keyof StageTimesMs,
  work: () => Promise<void>,
): Promise<void> {
  const startedAt = performance.now();
  await work();
  timesMs[stage] += performance.now() - startedAt;
}
