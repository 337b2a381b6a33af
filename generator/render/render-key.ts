/**
 * The render key: a hash of everything that decides a track's audio bytes
 * (its text, pitches, speed, level settings, encoder, formats, tags), the
 * engine version and, for an encoder that is a program outside the
 * lock file (`lame`), that program's version. A track whose key is
 * unchanged is not rendered again.
 */
import { createHash } from "node:crypto";
import { mp3EncoderVersion } from "../audio/create-mp3-encoder.ts";
import { ENGINE_VERSION } from "../audio/engine-version.ts";
import type { TrackAudioJob } from "../audio/track-audio.ts";

/**
 * The key of a job: 16 hex digits of SHA-256, plenty for a few thousand
 * tracks. `encoderVersion` is looked up when not given; the in-process
 * encoders have none, which leaves their keys as they were before the
 * field existed.
 */
export function renderKeyOf(
  job: TrackAudioJob,
  encoderVersion: string | undefined = encoderVersionOf(job),
): string {
  const inputs = { engine: ENGINE_VERSION, mp3EncoderVersion: encoderVersion, ...job };
  return createHash("sha256").update(stableJson(inputs)).digest("hex").slice(0, 16);
}

/** Only an MP3 depends on the encoder's version. */
function encoderVersionOf(job: TrackAudioJob): string | undefined {
  return job.formats.includes("mp3") ? mp3EncoderVersion(job.mp3Encoder) : undefined;
}

/** JSON with object keys sorted, so the key does not depend on field order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
