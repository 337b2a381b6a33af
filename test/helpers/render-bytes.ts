/** Renders a track into memory, for tests that look at the bytes. */
import type { Mp3Encoder } from "../../generator/audio/mp3-encoder.ts";
import {
  renderTrackAudio,
  type AudioFormat,
  type TrackAudio,
  type TrackAudioJob,
  type TrackSinks,
} from "../../generator/audio/track-audio.ts";

/** A rendered track and each format's complete file. */
export interface RenderedBytes extends TrackAudio {
  files: Partial<Record<AudioFormat, Uint8Array>>;
}

/** Collects the streamed bytes of each format in `job.formats` into one array. */
export async function renderToBytes(
  job: TrackAudioJob,
  encoder: Mp3Encoder | undefined,
): Promise<RenderedBytes> {
  const pieces = new Map<AudioFormat, Uint8Array[]>();
  const sinks: TrackSinks = {};
  for (const format of job.formats) {
    const list: Uint8Array[] = [];
    pieces.set(format, list);
    // Copy: a sink may not assume the bytes stay untouched after it returns.
    sinks[format] = async (bytes) => void list.push(bytes.slice());
  }
  const audio = await renderTrackAudio(job, encoder, sinks);
  const files: RenderedBytes["files"] = {};
  for (const [format, list] of pieces) files[format] = Buffer.concat(list);
  return { ...audio, files };
}
