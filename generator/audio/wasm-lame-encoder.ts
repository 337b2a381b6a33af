/**
 * MP3 through `wasm-media-encoders`, LAME compiled to WebAssembly. The
 * module is compiled once per thread; `configure` starts a fresh stream for
 * each track, so one thread encodes one track at a time. It takes float
 * samples, so each chunk is scaled from 16-bit on the way in (exact: every
 * 16-bit value is a float32). The package (its WebAssembly inlined, some
 * 800 kB) is loaded when the encoder is made.
 */
import { ENCODE_CHUNK_SAMPLES, type Mp3Encoder } from "./mp3-encoder.ts";

/** The CBR rates this build accepts (56 and 144 kbit/s are missing). */
export const WASM_LAME_KBPS = [8, 16, 24, 32, 40, 48, 64, 80, 96, 112, 128, 160];

type WasmKbps = 8 | 16 | 24 | 32 | 40 | 48 | 64 | 80 | 96 | 112 | 128 | 160;
type WasmRate = 8000 | 11025 | 12000 | 16000 | 22050 | 24000 | 32000 | 44100 | 48000;

/** The WebAssembly LAME. */
export async function createWasmLameEncoder(): Promise<Mp3Encoder> {
  const { createMp3Encoder } = await import("wasm-media-encoders");
  const wasm = await createMp3Encoder();
  const floats = new Float32Array(ENCODE_CHUNK_SAMPLES);
  return {
    start({ sampleRate, kbps }, sink) {
      wasm.configure({
        channels: 1,
        sampleRate,
        bitrate: kbps as WasmKbps,
        outputSampleRate: sampleRate as WasmRate,
      });
      let aborted = false;
      // The returned bytes live in the module's memory; copy before the next call.
      const emit = async (bytes: Uint8Array) => {
        if (!aborted && bytes.length > 0) await sink(bytes.slice());
      };
      return {
        async write(samples) {
          for (let start = 0; start < samples.length; start += ENCODE_CHUNK_SAMPLES) {
            const chunk = samples.subarray(start, start + ENCODE_CHUNK_SAMPLES);
            const input = floats.subarray(0, chunk.length);
            for (let i = 0; i < chunk.length; i++) input[i] = (chunk[i] ?? 0) / 32768;
            await emit(wasm.encode([input]));
          }
        },
        end: () => emit(wasm.finalize()),
        abort: () => void (aborted = true),
      };
    },
  };
}
