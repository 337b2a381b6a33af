/** A small audio job for engine tests: two groups at 60 cpm, both formats. */
import type { TrackTags } from "../../generator/audio/id3.ts";
import { resolveSpeed } from "../../generator/audio/timing.ts";
import type { TrackAudioJob } from "../../generator/audio/track-audio.ts";

/** What a test changes; tags are merged field by field. */
export type TrackJobChanges = Partial<Omit<TrackAudioJob, "tags">> & { tags?: Partial<TrackTags> };

/** The job with `changes` laid over the defaults. */
export function trackJob(changes: TrackJobChanges = {}): TrackAudioJob {
  const { tags, ...job } = changes;
  const text = job.text ?? "KM MK";
  return {
    text,
    speed: resolveSpeed({ cpm: 60 }),
    dotHz: 900,
    dashHz: 500,
    riseMs: 5,
    sampleRate: 22050,
    mp3Kbps: 32,
    mp3Encoder: "wasm-lame",
    formats: ["mp3", "wav"],
    ...job,
    tags: {
      title: "t",
      album: "a",
      artist: "b",
      trackNumber: 1,
      trackCount: 1,
      year: "2026",
      genre: "Education",
      comment: "c",
      lyrics: text,
      language: "eng",
      ...tags,
    },
  };
}
