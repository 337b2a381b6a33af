/**
 * The MP3 encoder interface: one call turns a track's samples into a CBR
 * MPEG audio stream (no tags; `id3.ts` adds those). Two LAME builds sit
 * behind it: `lamejs`, LAME ported to JavaScript, the default; and
 * `wasm-lame`, LAME compiled to WebAssembly, about three times faster.
 * `create-mp3-encoder.ts` picks one by name.
 */
/** The encoders a course can name in `mp3Encoder`. */
export const MP3_ENCODER_NAMES = ["lamejs", "wasm-lame"] as const;
/** An encoder's name. */
export type Mp3EncoderName = (typeof MP3_ENCODER_NAMES)[number];

/** Stream settings: mono, CBR, at the course's own rate. */
export interface Mp3Settings {
  sampleRate: number;
  kbps: number;
}

/** Encodes whole tracks; one instance per thread, reused track after track. */
export interface Mp3Encoder {
  encode(samples: Int16Array, settings: Mp3Settings): Uint8Array;
}

/** Samples handed to the encoder at a time: a whole number of MP3 frames. */
export const ENCODE_CHUNK_SAMPLES = 1152 * 64;

/** Joins the chunks an encoder returned into one stream. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
