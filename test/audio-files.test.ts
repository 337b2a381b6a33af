import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import wavefile from "wavefile";
import { createMp3Encoder } from "../generator/audio/create-mp3-encoder.ts";
import { buildId3Tag, id3Language } from "../generator/audio/id3.ts";
import { measureLoudness } from "../generator/audio/loudness.ts";
import { MP3_ENCODER_NAMES } from "../generator/audio/mp3-encoder.ts";
import { synthesizeTrack } from "../generator/audio/synthesize.ts";
import type { TrackAudioJob } from "../generator/audio/track-audio.ts";
import { tokenize } from "../generator/course/alphabet.ts";
import { decodeMp3, mp3valProblems, probeTags, readWav } from "./helpers/audio-read.ts";
import { decodeMorse } from "./helpers/morse-decoder.ts";
import { renderToBytes, type RenderedBytes } from "./helpers/render-bytes.ts";
import { trackJob } from "./helpers/track-job.ts";

const TEXT = "KMRSU AKMRS UUAMK SRKMA";
const folder = mkdtempSync(join(tmpdir(), "koch-audio-files-"));

function jobFor(mp3Encoder: TrackAudioJob["mp3Encoder"]): TrackAudioJob {
  return trackJob({
    text: TEXT,
    dotHz: 800,
    dashHz: 600,
    mp3Encoder,
    tags: {
      title: "Lesson 5 · Drill 2",
      album: "Koch Morse Code Course",
      artist: "Jürgen Ä. Müller",
      trackNumber: 3,
      trackCount: 4,
      comment: "Koch method, lesson 5: K M R S U A at 60 cpm (12.24 wpm)",
      lyrics: "KMRSU AKMRS\nUUAMK SRKMA",
    },
  });
}

describe.each(MP3_ENCODER_NAMES)("files from the %s encoder", (name) => {
  const paths = { mp3: join(folder, `${name}.mp3`), wav: join(folder, `${name}.wav`) };
  let audio: RenderedBytes;
  beforeAll(async () => {
    audio = await renderToBytes(jobFor(name), await createMp3Encoder(name));
    writeFileSync(paths.mp3, audio.files.mp3 ?? new Uint8Array());
    writeFileSync(paths.wav, audio.files.wav ?? new Uint8Array());
  });

  it("writes a 16-bit mono WAV at the course rate holding the synthesised samples", () => {
    const wav = readWav(audio.files.wav ?? new Uint8Array());
    expect([wav.bitDepth, wav.channels, wav.sampleRate]).toEqual(["16", 1, 22050]);
    expect(wav.samples.length).toBe(audio.lengthSamples);
    expect(decodeMorse(wav.samples, wav.sampleRate).text).toBe(TEXT);
  });

  it("writes an MP3 that ffmpeg decodes without error and mp3val passes", () => {
    expect(mp3valProblems(paths.mp3)).toEqual([]);
    const pcm = decodeMp3(paths.mp3, 22050);
    // The decoder adds LAME's encoder delay and frame padding, under 0.2 s.
    expect(pcm.samples.length - audio.lengthSamples).toBeGreaterThanOrEqual(0);
    expect(pcm.samples.length - audio.lengthSamples).toBeLessThan(0.2 * 22050);
  });

  it("reads back from the decoded MP3 as the text, at -16 LUFS within 1 LU", () => {
    const pcm = decodeMp3(paths.mp3, 22050);
    expect(decodeMorse(pcm.samples, pcm.sampleRate).text).toBe(TEXT);
    expect(Math.abs(measureLoudness(pcm.samples, 22050) + 16)).toBeLessThanOrEqual(1);
    const peak = pcm.samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak).toBeLessThan(32767);
  });

  it("carries ID3v2.4 tags that ffprobe reads, the answer key as lyrics", () => {
    const tags = probeTags(paths.mp3);
    expect(tags).toMatchObject({
      title: "Lesson 5 · Drill 2",
      album: "Koch Morse Code Course",
      artist: "Jürgen Ä. Müller",
      track: "3/4",
      date: "2026",
      genre: "Education",
      comment: "Koch method, lesson 5: K M R S U A at 60 cpm (12.24 wpm)",
      "lyrics-eng": "KMRSU AKMRS\nUUAMK SRKMA",
    });
  });

  it("gives byte-identical WAV and MP3 for the same job", async () => {
    const again = await renderToBytes(jobFor(name), await createMp3Encoder(name));
    expect(Buffer.from(again.files.mp3 ?? []).equals(Buffer.from(audio.files.mp3 ?? []))).toBe(
      true,
    );
    expect(Buffer.from(again.files.wav ?? []).equals(Buffer.from(audio.files.wav ?? []))).toBe(
      true,
    );
  });
});

describe("ID3 tags", () => {
  it("starts with an ID3v2.4 header whose syncsafe size covers the frames", () => {
    const tag = buildId3Tag(jobFor("lamejs").tags);
    expect(Buffer.from(tag.subarray(0, 5)).toString("latin1")).toBe("ID3\u0004\u0000");
    const size = [...tag.subarray(6, 10)].reduce((sum, byte) => sum * 128 + byte, 0);
    expect(size).toBe(tag.length - 10);
    expect(tag.subarray(6, 10).every((byte) => byte < 0x80)).toBe(true);
  });

  it("maps the course language to an ISO 639-2 code", () => {
    expect([id3Language("en"), id3Language("de-CH"), id3Language("xx")]).toEqual([
      "eng",
      "deu",
      "und",
    ]);
  });
});

describe("streamed files", () => {
  /** A 70-second track, so that it spans many chunks of synthesis and encoding. */
  const job = (mp3Encoder: "lamejs" | "wasm-lame", sampleRate: number, mp3Kbps: number) => ({
    ...jobFor(mp3Encoder),
    text: "KMRSU AKMRS UUAMK SRKMA PARIS QXZ7. <AR> KMRSU AKMRS UUAMK SRKMA PARIS QXZ7.",
    sampleRate,
    mp3Kbps,
    tags: { ...jobFor(mp3Encoder).tags, comment: "c" },
  });
  const sha256 = (bytes: Uint8Array | undefined) =>
    createHash("sha256")
      .update(bytes ?? new Uint8Array())
      .digest("hex");
  const WAV_22050 = "03c147190c7355df016ed85866473e00e5d9119919a9a4babcd9f4c9a645ff06";
  const WAV_48000 = "d50fb75bb7cf5c3434568ef167627e9677ac3ddc159f86bdf8d3e95542a13061";

  // SHA-256 of the files the engine wrote from whole-track buffers, at commit 8f9cd6d.
  it.each([
    [
      "lamejs",
      22050,
      32,
      "0095d19fea110736f48708239b3cbae7cafa1e2ca2d02af33b266dac58a63e19",
      WAV_22050,
    ],
    [
      "wasm-lame",
      22050,
      32,
      "af8b68088f335668c7ce8866711dfb429daf28c351afb34bd10781a821457aaf",
      WAV_22050,
    ],
    [
      "lamejs",
      48000,
      64,
      "5fc5b9724a30efc4f4a695e721b61a5f2252e71e19f24a9fab35bc2b11eeedef",
      WAV_48000,
    ],
    [
      "wasm-lame",
      48000,
      64,
      "af659db525ccc29b0648ddc2d98e42b0501aa69fb43d93cf6e712505f84e0431",
      WAV_48000,
    ],
  ] as const)(
    "keep the bytes of the whole-track engine: %s at %i Hz, %i kbit/s",
    async (...row) => {
      const [name, rate, kbps, mp3, wav] = row;
      const audio = await renderToBytes(job(name, rate, kbps), await createMp3Encoder(name));
      expect(sha256(audio.files.mp3)).toBe(mp3);
      expect(sha256(audio.files.wav)).toBe(wav);
    },
  );

  it("writes the WAV that wavefile writes from the whole track", async () => {
    const settings = job("lamejs", 22050, 32);
    const streamed = await renderToBytes({ ...settings, formats: ["wav"] }, undefined);
    const { samples } = synthesizeTrack({ ...settings, tokens: tokenize(settings.text) });
    const whole = new wavefile.WaveFile();
    whole.fromScratch(1, 22050, "16", samples);
    expect(Buffer.from(streamed.files.wav ?? []).equals(Buffer.from(whole.toBuffer()))).toBe(true);
  });
});
