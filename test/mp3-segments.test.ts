import { describe, expect, it } from "vitest";
import {
  frameSamples,
  LAME_TAIL_SAMPLES,
  planMp3Segments,
} from "../generator/audio/mp3-segments.ts";
import { placeTones } from "../generator/audio/sample-timing.ts";
import { resolveSpeed } from "../generator/audio/timing.ts";
import { tokenize } from "../generator/course/alphabet.ts";
import type { PlacedTone } from "../generator/audio/sample-timing.ts";

const tracks = (text: string, sampleRate: number, wpm = 20) =>
  placeTones(tokenize(text), resolveSpeed({ wpm }), sampleRate);
const paris = (words: number) => Array.from({ length: words }, () => "PARIS").join(" ");

describe("MP3 segments", () => {
  it("keeps a track shorter than a minute in one piece", () => {
    const { tones, lengthSamples } = tracks(paris(15), 22050);
    expect(lengthSamples).toBeLessThan(60 * 22050);
    const whole = [{ fromSample: 0, toSample: lengthSamples }];
    expect(planMp3Segments(tones, lengthSamples, 22050)).toEqual(whole);
  });

  // At 8 kHz a cut needs 3456 to 4031 samples of silence: a word gap at 12 wpm, not at 20 wpm.
  it.each([
    [8000, 12],
    [22050, 20],
    [48000, 20],
  ])("cuts a long track at %i Hz, %i wpm, on a frame boundary in a gap mid-way", (rate, wpm) => {
    const { tones, lengthSamples } = tracks(paris(100), rate, wpm);
    const [first, second, ...rest] = planMp3Segments(tones, lengthSamples, rate);
    expect(rest).toEqual([]);
    const cut = first?.toSample ?? 0;
    expect(first?.fromSample).toBe(0);
    expect(cut % frameSamples(rate)).toBe(0);
    expect(second).toEqual({ fromSample: cut + LAME_TAIL_SAMPLES, toSample: lengthSamples });
    expect(Math.abs(cut - lengthSamples / 2)).toBeLessThan(0.02 * lengthSamples);
    // The samples left out, and a frame either side, are silence.
    const sounding = (tone: PlacedTone) =>
      tone.startSample < cut + 2 * LAME_TAIL_SAMPLES &&
      tone.startSample + tone.lengthSamples > cut - LAME_TAIL_SAMPLES;
    expect(tones.filter(sounding)).toEqual([]);
  });

  it("uses 1152-sample frames from 32 kHz up and 576 below", () => {
    expect([8000, 24000, 32000, 48000].map(frameSamples)).toEqual([576, 576, 1152, 1152]);
  });

  it("keeps a track in one piece when no gap is long enough", () => {
    // At 60 wpm and 8 kHz a word gap lasts 1120 samples, shorter than a cut needs.
    const { tones, lengthSamples } = tracks(paris(320), 8000, 60);
    expect(lengthSamples).toBeGreaterThan(60 * 8000);
    expect(planMp3Segments(tones, lengthSamples, 8000)).toHaveLength(1);
  });
});
