import { describe, expect, it } from "vitest";
import {
  characterUnits,
  dotMsFromCpm,
  dotMsFromWpm,
  keyingOf,
  resolveSpeed,
  unitsOf,
  unitsToMs,
} from "../generator/audio/timing.ts";
import { tokenize } from "../generator/course/alphabet.ts";

describe("timing model", () => {
  it.each([
    [60, 98.04],
    [100, 58.82],
    [30, 196.08],
  ])("sends a %d cpm dot in %f ms (Koch, 10.2 units a character)", (cpm, dotMs) => {
    expect(dotMsFromCpm(cpm)).toBeCloseTo(dotMs, 2);
  });

  it.each([
    [12, 100],
    [20, 60],
    [5, 240],
  ])("sends a %d wpm dot in %f ms (PARIS, 50 units a word)", (wpm, dotMs) => {
    expect(dotMsFromWpm(wpm)).toBeCloseTo(dotMs, 6);
  });

  it("counts PARIS as 50 units with its word gap", () => {
    const units = unitsOf(tokenize("PARIS PARIS"));
    expect(units.soundUnits + units.spacingUnits).toBe(50 + 43);
  });

  it.each([
    ["E", 1],
    ["T", 3],
    ["P", 11],
    ["0", 19],
    ["<SK>", 15],
  ])("gives %s %d dot units", (token, units) => {
    expect(characterUnits(token)).toBe(units);
  });

  it("stretches only the gaps with Farnsworth spacing (ARRL formula)", () => {
    // ARRL: c = 18 wpm, s = 5 wpm: ta = (60c − 37.2s) / (cs) = 9.933 s,
    // character gap 3ta/19 = 1.568 s, word gap 7ta/19 = 3.660 s.
    const speed = resolveSpeed({ wpm: 18, effectiveWpm: 5 });
    expect(speed.dotMs).toBeCloseTo(66.667, 3);
    expect(3 * speed.spacingUnitMs).toBeCloseTo(1568.4, 1);
    expect(7 * speed.spacingUnitMs).toBeCloseTo(3659.6, 1);
    const parisMs = unitsToMs(unitsOf(tokenize("PARIS")), speed) + 7 * speed.spacingUnitMs;
    expect(parisMs).toBeCloseTo(12_000, 6);
  });

  it("keeps standard proportions without an effective speed", () => {
    const speed = resolveSpeed({ cpm: 60 });
    expect(speed.spacingUnitMs).toBeCloseTo(speed.dotMs, 9);
    expect(speed.wpm).toBeCloseTo(12.24, 9);
  });

  it("converts effective cpm through the same dot units as wpm", () => {
    const byCpm = resolveSpeed({ cpm: 60, effectiveCpm: 30 });
    const byWpm = resolveSpeed({ wpm: 12.24, effectiveWpm: 6.12 });
    expect(byCpm.spacingUnitMs).toBeCloseTo(byWpm.spacingUnitMs, 6);
  });

  it("keys dots, dashes and the three kinds of gap", () => {
    const kinds = keyingOf(tokenize("AN T")).map(
      (s) => `${s.kind}:${s.soundUnits}+${s.spacingUnits}`,
    );
    expect(kinds).toEqual([
      "dot:1+0",
      "gap:1+0",
      "dash:3+0",
      "gap:0+3",
      "dash:3+0",
      "gap:1+0",
      "dot:1+0",
      "gap:0+7",
      "dash:3+0",
    ]);
  });
});
