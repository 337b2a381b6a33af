/**
 * WAV: 16-bit PCM mono, streamed. `wavefile` lays out the RIFF header
 * (format chunk and an empty data chunk); the track's length is known
 * before its first sample, so the two sizes are filled in up front and the
 * samples follow chunk by chunk. wavefile's own packing would need the
 * whole track in memory and converts one number at a time; the samples are
 * already little-endian 16-bit, exactly what WAV stores, on every platform
 * Node runs on here (a big-endian host gets a swapped copy).
 */
import { endianness } from "node:os";
import wavefile from "wavefile";

const BYTES_PER_SAMPLE = 2;
const LITTLE_ENDIAN_HOST = endianness() === "LE";

/** The header of a WAV file that holds `lengthSamples` mono 16-bit samples. */
export function wavHeader(lengthSamples: number, sampleRate: number): Uint8Array {
  const wav = new wavefile.WaveFile();
  wav.fromScratch(1, sampleRate, "16", new Int16Array(0));
  const header = wav.toBuffer();
  const dataBytes = lengthSamples * BYTES_PER_SAMPLE;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  // The RIFF size counts everything after its own 8 bytes; the data
  // chunk's size field is the header's last 4 bytes.
  view.setUint32(4, header.length - 8 + dataBytes, true);
  view.setUint32(header.length - 4, dataBytes, true);
  return header;
}

/** A chunk of samples as the bytes a WAV data chunk stores. */
export function wavSampleBytes(samples: Int16Array): Uint8Array {
  const bytes = new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength);
  if (LITTLE_ENDIAN_HOST) return bytes;
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return swapped;
}
