import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLameEncoder, lameArguments, lameVersion } from "../generator/audio/lame-encoder.ts";
import { planMp3Segments } from "../generator/audio/mp3-segments.ts";
import { prepareSynthesis, synthesizeTrack } from "../generator/audio/synthesize.ts";
import type { TrackAudioJob } from "../generator/audio/track-audio.ts";
import { tokenize } from "../generator/course/alphabet.ts";
import { renderKeyOf } from "../generator/render/render-key.ts";
import { decodeMp3, mp3valProblems } from "./helpers/audio-read.ts";
import { decodeMorse } from "./helpers/morse-decoder.ts";
import { renderToBytes } from "./helpers/render-bytes.ts";
import { trackJob } from "./helpers/track-job.ts";

const folder = mkdtempSync(join(tmpdir(), "koch-lame-"));

function jobFor(mp3Encoder: TrackAudioJob["mp3Encoder"], text = "KM MK"): TrackAudioJob {
  return trackJob({ mp3Encoder, text, tags: { trackCount: 2 } });
}

describe("the lame encoder", () => {
  it("asks LAME for raw mono PCM in, CBR at that rate out, quality 3, no Info frame, no tags", () => {
    expect(lameArguments({ sampleRate: 22050, kbps: 32 }).join(" ")).toBe(
      "-r -s 22.05 --bitwidth 16 --signed --little-endian -m m --cbr -b 32 --resample 22.05 " +
        "-q 3 -t --noreplaygain --quiet - -",
    );
    expect(lameArguments({ sampleRate: 11025, kbps: 16 })).toContain("11.025");
  });

  it("reads the installed LAME's version", () => {
    const banner = spawnSync("lame", ["--version"], { encoding: "utf8" }).stdout;
    expect(lameVersion()).toMatch(/^\d+\.\d+/);
    expect(banner).toContain(`version ${lameVersion()}`);
  });

  it("puts LAME's version into the render key and leaves other encoders' keys as they were", () => {
    const job = jobFor("lame");
    expect(renderKeyOf(job)).toBe(renderKeyOf(job, lameVersion()));
    expect(renderKeyOf(job, "3.100")).not.toBe(renderKeyOf(job, "3.101"));
    // The keys the engine gave these jobs before the field existed.
    expect(renderKeyOf(jobFor("lamejs"))).toBe("a16f79184b1714e2");
    expect(renderKeyOf(jobFor("wasm-lame"))).toBe("af69b4f349822a98");
    const wavOnly: TrackAudioJob = { ...job, formats: ["wav"] };
    expect(renderKeyOf(wavOnly)).toBe(renderKeyOf(wavOnly, undefined));
  });
});

describe("a long track from the lame encoder", () => {
  // Just over a minute: long enough to be cut, short enough for the test decoder.
  const text = Array.from({ length: 6 }, () => "PARIS KMRSU").join(" ");
  const job = jobFor("lame", text);
  const paths = { halves: join(folder, "halves.mp3"), single: join(folder, "single.mp3") };
  let lengthSamples = 0;

  beforeAll(async () => {
    const encoder = createLameEncoder();
    const halves = await renderToBytes({ ...job, formats: ["mp3"] }, encoder);
    writeFileSync(paths.halves, halves.files.mp3 ?? new Uint8Array());
    // The same samples through one LAME process, for comparison.
    const { samples } = synthesizeTrack({ ...job, tokens: tokenize(text) });
    lengthSamples = samples.length;
    const parts: Uint8Array[] = [];
    const collect = async (bytes: Uint8Array) => void parts.push(bytes.slice());
    const stream = encoder.start({ sampleRate: 22050, kbps: 32 }, collect);
    await stream.write(samples);
    await stream.end();
    writeFileSync(paths.single, Buffer.concat(parts));
  });

  it("is encoded as two halves", () => {
    const synthesis = prepareSynthesis({ ...job, tokens: tokenize(text) });
    expect(planMp3Segments(synthesis.tones, synthesis.lengthSamples, 22050)).toHaveLength(2);
  });

  it("decodes without error, passes mp3val and reads back as its text", () => {
    expect(mp3valProblems(paths.halves)).toEqual([]);
    const pcm = decodeMp3(paths.halves, 22050);
    expect(decodeMorse(pcm.samples, 22050).text).toBe(text);
  });

  it("decodes to the single stream's length, the first half sample for sample", () => {
    const halves = decodeMp3(paths.halves, 22050).samples;
    const single = decodeMp3(paths.single, 22050).samples;
    expect(halves.length).toBe(single.length);
    expect(halves.length).toBeGreaterThan(lengthSamples);
    let firstHalfDiff = 0;
    let maxDiff = 0;
    for (let i = 0; i < single.length; i++) {
      const diff = Math.abs((halves[i] ?? 0) - (single[i] ?? 0));
      maxDiff = Math.max(maxDiff, diff);
      if (i < 0.45 * single.length) firstHalfDiff = Math.max(firstHalfDiff, diff);
    }
    expect(firstHalfDiff).toBe(0);
    // The second half differs by LAME's rounding only (peaks are about 10 000).
    expect(maxDiff).toBeLessThan(200);
  });
});

describe("a failing LAME", () => {
  const path = process.env["PATH"];
  afterEach(() => {
    process.env["PATH"] = path;
  });

  it("fails the stream with the program's exit status and complaint", async () => {
    const fakeBin = mkdtempSync(join(tmpdir(), "koch-fake-lame-"));
    const fake = join(fakeBin, "lame");
    writeFileSync(fake, '#!/bin/sh\ncat > /dev/null\necho "lame: out of luck" >&2\nexit 3\n');
    chmodSync(fake, 0o755);
    process.env["PATH"] = `${fakeBin}:${path ?? ""}`;
    const stream = createLameEncoder().start({ sampleRate: 22050, kbps: 32 }, async () => {});
    await stream.write(new Int16Array(22050));
    await expect(stream.end()).rejects.toThrow("lame stopped (exit 3): lame: out of luck");
  });
});
