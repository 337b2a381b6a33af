/**
 * WAV: 16-bit PCM mono, written with `wavefile`. Its own sample packing
 * converts one number at a time (about 7 s for an hour of audio, as long as
 * the MP3 encoder takes), so wavefile builds the file around an empty data
 * chunk and the samples go in as the bytes they already are: little-endian
 * 16-bit, exactly what WAV stores, on every platform Node runs on here.
 */
import { endianness } from "node:os";
import wavefile from "wavefile";

/** The part of wavefile's data chunk that this module fills in. */
interface DataChunk {
  samples: Uint8Array;
}

/** A complete `.wav` file of 16-bit mono samples. */
export function encodeWav(samples: Int16Array, sampleRate: number): Uint8Array {
  const wav = new wavefile.WaveFile();
  if (endianness() !== "LE") {
    wav.fromScratch(1, sampleRate, "16", samples);
    return wav.toBuffer();
  }
  wav.fromScratch(1, sampleRate, "16", new Int16Array(0));
  (wav.data as DataChunk).samples = new Uint8Array(
    samples.buffer,
    samples.byteOffset,
    samples.byteLength,
  );
  return wav.toBuffer();
}
