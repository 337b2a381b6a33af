/** Reading audio back in tests: WAV through wavefile, MP3 through ffmpeg. */
import { spawnSync } from "node:child_process";
import wavefile from "wavefile";

/** Mono 16-bit samples and their rate. */
export interface Pcm {
  samples: Int16Array;
  sampleRate: number;
}

/** The samples of a 16-bit mono WAV file. */
export function readWav(bytes: Uint8Array): Pcm & { bitDepth: string; channels: number } {
  const wav = new wavefile.WaveFile(bytes);
  const fmt = wav.fmt as { sampleRate: number; numChannels: number };
  const samples = Int16Array.from(
    wav.getSamples(false, Int16Array) as unknown as ArrayLike<number>,
  );
  return { samples, sampleRate: fmt.sampleRate, bitDepth: wav.bitDepth, channels: fmt.numChannels };
}

/** Decodes an MP3 file with ffmpeg to mono 16-bit at its own rate; throws on any decoder error. */
export function decodeMp3(path: string, sampleRate: number): Pcm {
  const result = spawnSync(
    "ffmpeg",
    [
      "-v",
      "error",
      "-xerror",
      "-i",
      path,
      "-f",
      "s16le",
      "-ac",
      "1",
      "-ar",
      String(sampleRate),
      "-",
    ],
    { maxBuffer: 1 << 30 },
  );
  if (result.status !== 0 || result.stderr.length > 0) {
    throw new Error(`ffmpeg could not decode ${path}: ${result.stderr.toString()}`);
  }
  const bytes = result.stdout;
  const samples = new Int16Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  );
  return { samples, sampleRate };
}

/** Tags as ffprobe reads them, keys in lower case. */
export function probeTags(path: string): Record<string, string> {
  const result = spawnSync(
    "ffprobe",
    ["-v", "error", "-show_entries", "format_tags", "-of", "json", path],
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`ffprobe failed on ${path}: ${result.stderr}`);
  const tags =
    (JSON.parse(result.stdout) as { format?: { tags?: Record<string, string> } }).format?.tags ??
    {};
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k.toLowerCase(), v]));
}

/** mp3val's verdict: the lines that are not plain information. */
export function mp3valProblems(path: string): string[] {
  const result = spawnSync("mp3val", [path], { encoding: "utf8" });
  return result.stdout
    .split("\n")
    .filter((line) => line.startsWith("WARNING") || line.startsWith("ERROR"));
}
