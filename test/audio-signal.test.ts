import { describe, expect, it } from "vitest";
import { trackAmplitude } from "../generator/audio/level.ts";
import { measureLoudness } from "../generator/audio/loudness.ts";
import { placeTones, trackLengthSamples } from "../generator/audio/sample-timing.ts";
import { prepareSynthesis, synthesizeTrack } from "../generator/audio/synthesize.ts";
import { keyingOf, resolveSpeed, trackDurationMs, type Speed } from "../generator/audio/timing.ts";
import { tokenize } from "../generator/course/alphabet.ts";
import { decodeMorse } from "./helpers/morse-decoder.ts";
import { goertzelPower, outOfBandDb, zeroCrossingHz } from "./helpers/spectrum.ts";

const TEXT = "LFCKR PXYQD BGANZ UVWJH SIEOM T0123 45678 9.,?/ =LFCK";
const RATE = 22050;

function render(options: { speed?: Speed; dotHz?: number; dashHz?: number; riseMs?: number } = {}) {
  const tokens = tokenize(TEXT);
  const speed = options.speed ?? resolveSpeed({ cpm: 60 });
  const settings = {
    tokens,
    speed,
    dotHz: options.dotHz ?? 900,
    dashHz: options.dashHz ?? 500,
    riseMs: options.riseMs ?? 5,
    sampleRate: RATE,
  };
  return { ...settings, ...synthesizeTrack(settings), placed: placeTones(tokens, speed, RATE) };
}

/** About the first 12 s, cut in a gap so the cut adds no spectrum of its own. */
function firstSeconds(track: ReturnType<typeof render>): Int16Array {
  const cut = track.placed.tones.findLast((tone) => tone.startSample < 2 ** 18);
  return track.samples.subarray(0, cut?.startSample);
}

describe("sample timing", () => {
  it("places every element within one sample of its nominal length", () => {
    const speed = resolveSpeed({ cpm: 60 });
    const { tones } = placeTones(tokenize(TEXT), speed, RATE);
    const dotSamples = (speed.dotMs * RATE) / 1000;
    for (const tone of tones) {
      const nominal = tone.kind === "dot" ? dotSamples : 3 * dotSamples;
      expect(Math.abs(tone.lengthSamples - nominal)).toBeLessThanOrEqual(1);
    }
  });

  it("ends a long track exactly where its units say, without drift", () => {
    const speed = resolveSpeed({ cpm: 73 });
    const tokens = tokenize(Array.from({ length: 400 }, () => "PARIS").join(" "));
    const lengthSamples = trackLengthSamples(tokens, speed, RATE);
    expect(lengthSamples).toBe(Math.round((trackDurationMs(tokens, speed) * RATE) / 1000));
    const { tones } = placeTones(tokens, speed, RATE);
    const last = tones.at(-1);
    const endMs = trackDurationMs(tokens, speed) - 500;
    expect(
      Math.abs((last?.startSample ?? 0) + (last?.lengthSamples ?? 0) - (endMs * RATE) / 1000),
    ).toBeLessThanOrEqual(0.5);
  });

  it("keeps gaps inside characters at one dot and stretches only character and word gaps with Farnsworth", () => {
    const speed = resolveSpeed({ wpm: 20, effectiveWpm: 10 });
    const { tones } = placeTones(tokenize("PA RIS"), speed, RATE);
    const dot = (speed.dotMs * RATE) / 1000;
    const spacing = (speed.spacingUnitMs * RATE) / 1000;
    const gaps = tones
      .slice(1)
      .map(
        (tone, i) =>
          tone.startSample - ((tones[i]?.startSample ?? 0) + (tones[i]?.lengthSamples ?? 0)),
      );
    const kinds = keyingOf(tokenize("PA RIS")).filter((s) => s.kind === "gap");
    kinds.forEach((gap, i) => {
      const nominal = gap.soundUnits * dot + gap.spacingUnits * spacing;
      expect(Math.abs((gaps[i] ?? 0) - nominal)).toBeLessThanOrEqual(1);
    });
    expect(spacing).toBeGreaterThan(2 * dot);
  });
});

describe("synthesis", () => {
  const track = render();

  it("lasts exactly the timing model's duration", () => {
    expect(track.samples.length).toBe(
      Math.round((trackDurationMs(track.tokens, track.speed) * RATE) / 1000),
    );
  });

  it("is exact zero outside the elements, lead-in and tail included", () => {
    let keyed = 0;
    let nonZero = 0;
    for (const tone of track.placed.tones) {
      for (let i = keyed; i < tone.startSample; i++) if (track.samples[i] !== 0) nonZero++;
      keyed = tone.startSample + tone.lengthSamples;
    }
    expect(nonZero).toBe(0);
    expect(track.samples.subarray(keyed).every((s) => s === 0)).toBe(true);
    expect(track.samples.subarray(0, Math.round(0.5 * RATE)).every((s) => s === 0)).toBe(true);
  });

  it("rises over riseMs with a raised-cosine edge instead of a step", () => {
    const tone = track.placed.tones.find((t) => t.kind === "dash");
    if (!tone) throw new Error("no dash");
    const riseSamples = Math.round(0.005 * RATE);
    const peak = track.amplitude * 32767;
    const window = (from: number) =>
      track.samples.subarray(tone.startSample + from, tone.startSample + from + 25);
    const maxAbs = (s: Int16Array) => s.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(maxAbs(window(0))).toBeLessThan(0.35 * peak);
    expect(maxAbs(window(riseSamples))).toBeGreaterThan(0.95 * peak);
    expect(Math.abs(track.samples[tone.startSample] ?? 1)).toBe(0);
  });

  it("never clips: peaks stay at or below -1 dBFS", () => {
    const peak = track.samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(20 * Math.log10(peak / 32768)).toBeLessThanOrEqual(-1);
  });

  it("sends dots and dashes at their own pitch before the merge", () => {
    for (const tone of track.placed.tones.slice(0, 40)) {
      const body = track.samples.subarray(tone.startSample, tone.startSample + tone.lengthSamples);
      const atDot = goertzelPower(body, 900, RATE);
      const atDash = goertzelPower(body, 500, RATE);
      if (tone.kind === "dot") expect(atDot).toBeGreaterThan(10 * atDash);
      else expect(atDash).toBeGreaterThan(10 * atDot);
      const expected = tone.kind === "dot" ? 900 : 500;
      expect(Math.abs(zeroCrossingHz(body, RATE) - expected)).toBeLessThan(10);
    }
  });

  it("sends every element at one pitch after the merge", () => {
    const merged = render({ dotHz: 700, dashHz: 700 });
    for (const tone of merged.placed.tones.slice(0, 40)) {
      const body = merged.samples.subarray(tone.startSample, tone.startSample + tone.lengthSamples);
      expect(Math.abs(zeroCrossingHz(body, RATE) - 700)).toBeLessThan(10);
    }
  });

  // Measured: -47 dB at 900/500 Hz and -44 dB at one 700 Hz pitch with 5 ms
  // edges, against -28 and -26 dB for hard keying (0.05 ms edges).
  it("keeps the energy more than 200 Hz from the tones over 40 dB below them", () => {
    expect(outOfBandDb(firstSeconds(track), [900, 500], RATE)).toBeLessThan(-40);
    const merged = render({ dotHz: 700, dashHz: 700 });
    expect(outOfBandDb(firstSeconds(merged), [700], RATE)).toBeLessThan(-40);
    const hardKeyed = render({ riseMs: 0.05 });
    expect(outOfBandDb(firstSeconds(hardKeyed), [900, 500], RATE)).toBeGreaterThan(-35);
  });

  it("measures -16 LUFS within 1 LU at standard and Farnsworth spacing and at other pitches", () => {
    expect(Math.abs(measureLoudness(track.samples, RATE) + 16)).toBeLessThanOrEqual(1);
    const farnsworth = render({ speed: resolveSpeed({ wpm: 20, effectiveWpm: 12 }) });
    expect(Math.abs(measureLoudness(farnsworth.samples, RATE) + 16)).toBeLessThanOrEqual(1);
    const high = render({ dotHz: 1800, dashHz: 1800 });
    expect(Math.abs(measureLoudness(high.samples, RATE) + 16)).toBeLessThanOrEqual(1);
  });

  it("holds a very sparse track at the peak ceiling instead of clipping", () => {
    const { tones } = placeTones(tokenize("E E"), resolveSpeed({ wpm: 40, effectiveWpm: 2 }), RATE);
    const amplitude = trackAmplitude({
      tones,
      dotHz: 700,
      dashHz: 700,
      riseMs: 5,
      sampleRate: RATE,
    });
    expect(amplitude).toBeLessThanOrEqual(10 ** (-1 / 20));
  });

  it("reads back as the text it was given", () => {
    expect(decodeMorse(track.samples, RATE).text).toBe(TEXT);
  });

  it("gives the same samples chunk by chunk, whatever the chunk size and range", () => {
    const synthesis = prepareSynthesis(track);
    const collect = (chunkSamples: number, from = 0, to = track.samples.length) => {
      const samples = new Int16Array(to - from);
      let offset = 0;
      // Each chunk is one refilled buffer, so it is copied before the next is asked for.
      for (const chunk of synthesis.chunks(chunkSamples, from, to)) {
        samples.set(chunk, offset);
        offset += chunk.length;
      }
      expect(offset).toBe(to - from);
      return samples;
    };
    // Compared as bytes: element-wise equality of a million samples is slow.
    const bytes = (samples: Int16Array) =>
      Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
    for (const chunkSamples of [97, 4608, 73_728, track.samples.length + 5]) {
      expect(bytes(collect(chunkSamples)).equals(bytes(track.samples))).toBe(true);
    }
    const dash = track.placed.tones.find((tone) => tone.kind === "dash");
    const from = (dash?.startSample ?? 0) + 7;
    const part = track.samples.subarray(from, from + 12_345);
    expect(bytes(collect(1000, from, from + 12_345)).equals(bytes(part))).toBe(true);
  });
});
