/**
 * MP3 through `@breezystack/lamejs`, the maintained fork of lamejs (plain
 * lamejs 1.2.1 fails at run time). Its LAME quality is fixed at 3 inside
 * the constructor; a fresh encoder per track keeps tracks independent. The
 * package is loaded when the encoder is made, so a thread that never
 * encodes with it does not carry it.
 */
import { asBytes, ENCODE_CHUNK_SAMPLES, type Mp3Encoder } from "./mp3-encoder.ts";

/** The pure-JavaScript LAME. */
export async function createLamejsEncoder(): Promise<Mp3Encoder> {
  const { Mp3Encoder: LameEncoder } = await import("@breezystack/lamejs");
  return {
    start({ sampleRate, kbps }, sink) {
      const lame = new LameEncoder(1, sampleRate, kbps);
      let aborted = false;
      // Typed as Uint8Array, the frames come as an Int8Array; the bytes are the same.
      const emit = async (bytes: ArrayBufferView) => {
        if (!aborted && bytes.byteLength > 0) await sink(asBytes(bytes));
      };
      return {
        async write(samples) {
          for (let start = 0; start < samples.length; start += ENCODE_CHUNK_SAMPLES) {
            await emit(lame.encodeBuffer(samples.subarray(start, start + ENCODE_CHUNK_SAMPLES)));
          }
        },
        end: () => emit(lame.flush()),
        abort: () => void (aborted = true),
      };
    },
  };
}
