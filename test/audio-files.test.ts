import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createMp3Encoder } from "../generator/audio/create-mp3-encoder.ts";
import { buildId3Tag, id3Language } from "../generator/audio/id3.ts";
import { measureLoudness } from "../generator/audio/loudness.ts";
import { MP3_ENCODER_NAMES } from "../generator/audio/mp3-encoder.ts";
import type { TrackAudioJob } from "../generator/audio/track-audio.ts";
import { resolveSpeed } from "../generator/audio/timing.ts";
import { decodeMp3, mp3valProblems, probeTags, readWav } from "./helpers/audio-read.ts";
import { decodeMorse } from "./helpers/morse-decoder.ts";
import { renderToBytes, type RenderedBytes } from "./helpers/render-bytes.ts";

const TEXT = "KMRSU AKMRS UUAMK SRKMA";
const folder = mkdtempSync(join(tmpdir(), "koch-audio-files-"));

function jobFor(mp3Encoder: TrackAudioJob["mp3Encoder"]): TrackAudioJob {
  return {
    text: TEXT,
    speed: resolveSpeed({ cpm: 60 }),
    dotHz: 800,
    dashHz: 600,
    riseMs: 5,
    sampleRate: 22050,
    mp3Kbps: 32,
    mp3Encoder,
    formats: ["mp3", "wav"],
    tags: {
      title: "Lesson 5 · Drill 2",
      album: "Koch Morse Code Course",
      artist: "Jürgen Ä. Müller",
      trackNumber: 3,
      trackCount: 4,
      year: "2026",
      genre: "Education",
      comment: "Koch method, lesson 5: K M R S U A at 60 cpm (12.24 wpm)",
      lyrics: "KMRSU AKMRS\nUUAMK SRKMA",
      language: "eng",
    },
  };
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
    expect(Buffer.from(again.files.mp3 ?? []).equals(Buffer.from(audio.files.mp3 ?? []))).toBe(true);
    expect(Buffer.from(again.files.wav ?? []).equals(Buffer.from(audio.files.wav ?? []))).toBe(true);
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
    expect([id3Language("en"), id3Language("de-CH"), id3Language("xx")]).toEqual(["eng", "deu", "und"]);
  });
});
