/**
 * Picks an MP3 encoder by the name a course file gives. Each encoder loads
 * its package only when it is made, so the main thread, which only checks
 * settings, never carries lamejs or the WebAssembly module.
 */
import { UserError } from "../errors.ts";
import { createLamejsEncoder } from "./lamejs-encoder.ts";
import type { Mp3Encoder, Mp3EncoderName } from "./mp3-encoder.ts";
import { createWasmLameEncoder, WASM_LAME_KBPS } from "./wasm-lame-encoder.ts";

/** Makes an encoder; throws a `UserError` for settings it cannot meet. */
export async function createMp3Encoder(name: Mp3EncoderName): Promise<Mp3Encoder> {
  if (name === "wasm-lame") return createWasmLameEncoder();
  return createLamejsEncoder();
}

/**
 * Checks up front, before any worker starts, that an encoder supports the
 * bit rate, so no track fails halfway through a run.
 */
export function checkEncoderSettings(name: Mp3EncoderName, kbps: number): void {
  if (name === "wasm-lame" && !WASM_LAME_KBPS.includes(kbps)) {
    throw new UserError(
      `mp3Encoder wasm-lame cannot encode at mp3Kbps ${kbps}; ` +
        `it offers ${WASM_LAME_KBPS.join(", ")}; pick one of those or use lamejs`,
    );
  }
}
