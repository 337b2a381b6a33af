/**
 * The MP3 encoder interface: a stream per track that takes samples chunk
 * by chunk and hands CBR MPEG audio to a sink as it comes (no tags;
 * `id3.ts` adds those). Three LAME builds sit behind it: `lamejs`, LAME
 * ported to JavaScript, the default; `wasm-lame`, LAME compiled to
 * WebAssembly, about three times faster; and `lame`, the LAME program
 * itself, faster still, running beside the thread that feeds it.
 * `create-mp3-encoder.ts` picks one by name.
 */
/** The encoders a course can name in `mp3Encoder`. */
export const MP3_ENCODER_NAMES = ["lamejs", "wasm-lame", "lame"] as const;
/** An encoder's name. */
export type Mp3EncoderName = (typeof MP3_ENCODER_NAMES)[number];

/** Stream settings: mono, CBR, at the course's own rate. */
export interface Mp3Settings {
  sampleRate: number;
  kbps: number;
}

/**
 * Receives bytes in order; the producer waits for it before it produces
 * more, so a slow disk holds the encoder back instead of filling memory.
 * The bytes may be reused once the promise resolves: a sink that keeps
 * them copies them.
 */
export type ByteSink = (bytes: Uint8Array) => Promise<void>;

/** One track's encoding in progress. */
export interface Mp3Stream {
  /**
   * Encodes the next samples; resolves when the stream can take more and
   * no longer needs them (the caller refills the same buffer).
   */
  write(samples: Int16Array): Promise<void>;
  /** Encodes what is left; resolves once every byte has reached the sink. */
  end(): Promise<void>;
  /** Stops after a failure elsewhere; nothing more reaches the sink. */
  abort(): void;
}

/** Starts streams; one instance per thread, reused track after track. */
export interface Mp3Encoder {
  start(settings: Mp3Settings, sink: ByteSink): Mp3Stream;
  /**
   * The encoder works outside this thread, so the two halves of a long
   * track can be encoded at once (`mp3-segments.ts`). The in-process
   * encoders encode one stream at a time, and their bytes stay those of
   * one stream per track.
   */
  encodesHalvesAtOnce?: boolean;
}

/**
 * Samples handed to the encoder at a time: a whole number of MP3 frames.
 * The in-process encoders were always fed pieces of this size from the
 * start of the track, so their bytes stay what they were before streaming.
 */
export const ENCODE_CHUNK_SAMPLES = 1152 * 64;

/** The bytes of an encoder's output array, whatever its element type. */
export function asBytes(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}
