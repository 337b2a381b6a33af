/**
 * Renders one track and writes its files atomically: the work a worker
 * thread does for each job. Encoders are made once per thread and reused.
 */
import { createHash } from "node:crypto";
import { createMp3Encoder } from "../audio/create-mp3-encoder.ts";
import type { Mp3Encoder, Mp3EncoderName } from "../audio/mp3-encoder.ts";
import {
  renderTrackAudio,
  type AudioFormat,
  type StageTimesMs,
  type TrackAudioJob,
} from "../audio/track-audio.ts";
import { writeFileAtomic } from "./atomic-write.ts";

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

/** Renders a task's track and writes each file to a temporary name, then renames it. */
export async function renderTrackToFiles(task: RenderTask): Promise<RenderResult> {
  const encoder = task.job.formats.includes("mp3") ? await encoderFor(task.job.mp3Encoder) : undefined;
  const audio = renderTrackAudio(task.job, encoder);
  const startedAt = performance.now();
  const bytes: RenderResult["bytes"] = {};
  const sha256: RenderResult["sha256"] = {};
  for (const format of task.job.formats) {
    const data = audio.files[format];
    const path = task.paths[format];
    if (data === undefined || path === undefined) throw new Error(`no ${format} path for a track`);
    await writeFileAtomic(path, data);
    bytes[format] = data.length;
    sha256[format] = createHash("sha256").update(data).digest("hex");
  }
  const write = performance.now() - startedAt;
  return {
    bytes,
    sha256,
    lengthSamples: audio.lengthSamples,
    amplitude: audio.amplitude,
    timesMs: { ...audio.timesMs, write },
  };
}
