/**
 * The render key: a hash of everything that decides a track's audio bytes
 * (its text, pitches, speed, level settings, encoder, formats, tags) and the
 * engine version. A track whose key is unchanged is not rendered again.
 */
import { createHash } from "node:crypto";
import { ENGINE_VERSION, type TrackAudioJob } from "../audio/track-audio.ts";

/** The key of a job: 16 hex digits of SHA-256, plenty for a few thousand tracks. */
export function renderKeyOf(job: TrackAudioJob): string {
  const inputs = { engine: ENGINE_VERSION, ...job };
  return createHash("sha256").update(stableJson(inputs)).digest("hex").slice(0, 16);
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
