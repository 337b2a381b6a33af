/**
 * Renders one track and writes its files atomically: the work a worker
 * thread does for each job. The audio streams into temporary files as it
 * is made, hashed on the way, and each file is renamed into place once
 * the track is complete. Encoders are made once per thread and reused.
 */
import { createMp3Encoder } from "../audio/create-mp3-encoder.ts";
import type { ByteSink, Mp3Encoder, Mp3EncoderName } from "../audio/mp3-encoder.ts";
import {
  renderTrackAudio,
  type AudioFormat,
  type StageTimesMs,
  type TrackAudioJob,
  type TrackSinks,
} from "../audio/track-audio.ts";
import { openStreamedFile, type StreamedFile } from "./streamed-file.ts";

/** A job and where its files go. */
export interface RenderTask {
  job: TrackAudioJob;
  /** Target path of each format in `job.formats`. */
  paths: Partial<Record<AudioFormat, string>>;
}

/** What was written. */
export interface RenderResult {
  bytes: Partial<Record<AudioFormat, number>>;
  /** SHA-256 of each written file, hex: the record keeps it to spot a file edited by hand. */
  sha256: Partial<Record<AudioFormat, string>>;
  lengthSamples: number;
  amplitude: number;
  /** `write` is the time spent handing bytes to the files and closing them. */
  timesMs: StageTimesMs & { write: number };
}

const encoders = new Map<Mp3EncoderName, Promise<Mp3Encoder>>();

function encoderFor(name: Mp3EncoderName): Promise<Mp3Encoder> {
  let encoder = encoders.get(name);
  if (encoder === undefined) {
    encoder = createMp3Encoder(name);
    encoders.set(name, encoder);
  }
  return encoder;
}

/** Renders a task's track into temporary files, then renames each into place. */
export async function renderTrackToFiles(task: RenderTask): Promise<RenderResult> {
  const { job } = task;
  const encoder = job.formats.includes("mp3") ? await encoderFor(job.mp3Encoder) : undefined;
  const files = new Map<AudioFormat, StreamedFile>();
  let writeMs = 0;
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const startedAt = performance.now();
    try {
      return await work();
    } finally {
      writeMs += performance.now() - startedAt;
    }
  };

  try {
    const sinks: TrackSinks = {};
    for (const format of job.formats) {
      const path = task.paths[format];
      if (path === undefined) throw new Error(`no ${format} path for a track`);
      const file = await openStreamedFile(path);
      files.set(format, file);
      sinks[format] = ((bytes) => timed(() => file.write(bytes))) satisfies ByteSink;
    }
    const audio = await renderTrackAudio(job, encoder, sinks);
    const bytes: RenderResult["bytes"] = {};
    const sha256: RenderResult["sha256"] = {};
    for (const [format, file] of files) {
      const written = await timed(() => file.commit());
      bytes[format] = written.bytes;
      sha256[format] = written.sha256;
    }
    return {
      bytes,
      sha256,
      lengthSamples: audio.lengthSamples,
      amplitude: audio.amplitude,
      timesMs: { ...audio.timesMs, write: writeMs },
    };
  } catch (error) {
    await Promise.all([...files.values()].map((file) => file.discard()));
    throw error;
  }
}
