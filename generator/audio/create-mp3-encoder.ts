/**
 * Picks an MP3 encoder by the name a course file gives. Each encoder loads
 * its package only when it is made, so the main thread, which only checks
 * settings, never carries lamejs or the WebAssembly module.
 */
import { UserError } from "../errors.ts";
import { createLameEncoder, lameVersion } from "./lame-encoder.ts";
import { createLamejsEncoder } from "./lamejs-encoder.ts";
import type { Mp3Encoder, Mp3EncoderName } from "./mp3-encoder.ts";
import { createWasmLameEncoder, WASM_LAME_KBPS } from "./wasm-lame-encoder.ts";

/** Makes an encoder; throws a `UserError` for settings it cannot meet. */
export async function createMp3Encoder(name: Mp3EncoderName): Promise<Mp3Encoder> {
  if (name === "wasm-lame") return createWasmLameEncoder();
  if (name === "lame") return createLameEncoder();
  return createLamejsEncoder();
}

/**
 * Checks up front, before any worker starts, that an encoder can run here
 * and supports the bit rate, so no track fails halfway through a run.
 */
export function checkEncoderSettings(name: Mp3EncoderName, kbps: number): void {
  if (name === "lame") lameVersion();
  if (name === "wasm-lame" && !WASM_LAME_KBPS.includes(kbps)) {
    throw new UserError(
      `mp3Encoder wasm-lame cannot encode at mp3Kbps ${kbps}; ` +
        `it offers ${WASM_LAME_KBPS.join(", ")}; pick one of those or use lamejs`,
    );
  }
}

/**
 * The version of an external encoder program, for the render key; the
 * in-process encoders are pinned by the lock file and report none.
 */
export function mp3EncoderVersion(name: Mp3EncoderName): string | undefined {
  return name === "lame" ? lameVersion() : undefined;
}
