/**
 * MP3 through `@breezystack/lamejs`, the maintained fork of lamejs (plain
 * lamejs 1.2.1 fails at run time). Its LAME quality is fixed inside the
 * constructor; a fresh encoder per track keeps tracks independent.
 */
import { Mp3Encoder as LameEncoder } from "@breezystack/lamejs";
import { concatBytes, ENCODE_CHUNK_SAMPLES, type Mp3Encoder } from "./mp3-encoder.ts";

/** The pure-JavaScript LAME. */
export function createLamejsEncoder(): Mp3Encoder {
  return {
    encode(samples, { sampleRate, kbps }) {
      const lame = new LameEncoder(1, sampleRate, kbps);
      const chunks: Uint8Array[] = [];
      for (let start = 0; start < samples.length; start += ENCODE_CHUNK_SAMPLES) {
        chunks.push(lame.encodeBuffer(samples.subarray(start, start + ENCODE_CHUNK_SAMPLES)));
      }
      chunks.push(lame.flush());
      return concatBytes(chunks);
    },
  };
}
