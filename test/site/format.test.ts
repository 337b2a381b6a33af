import { describe, expect, it } from "vitest";
import {
  countOf,
  formatBytes,
  formatCharacters,
  formatClock,
  formatMinutes,
  formatSpeed,
  formatSpokenDuration,
} from "../../src/lib/format.ts";

describe("format", () => {
  it.each([
    [512, "512 bytes"],
    [1000, "1.0 kB"],
    [46_123, "46 kB"],
    [1_234_567, "1.2 MB"],
    [52_000_000, "52 MB"],
  ])("writes %i bytes as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it.each([
    [11.49, "0:11"],
    [295.216, "4:55"],
    [3725, "1:02:05"],
  ])("writes %f s on the clock as %s", (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it("speaks durations in minutes and seconds", () => {
    expect(formatSpokenDuration(11.49)).toBe("11 s");
    expect(formatSpokenDuration(295.216)).toBe("4 min 55 s");
    expect(formatSpokenDuration(120)).toBe("2 min");
  });

  it("rounds a lesson to whole minutes, at least one", () => {
    expect(formatMinutes(942.4)).toBe("16 min");
    expect(formatMinutes(20)).toBe("1 min");
  });

  it("spaces characters and counts nouns", () => {
    expect(formatCharacters(["L", "F", "Ch"])).toBe("L F Ch");
    expect(countOf(1, "error")).toBe("1 error");
    expect(countOf(0, "error")).toBe("0 errors");
  });
});

describe("formatSpeed", () => {
  it("gives the character speed in cpm and whole wpm", () => {
    const speed = { cpm: 60, wpm: 12.24, effectiveCpm: 60, effectiveWpm: 12.24 };
    expect(formatSpeed(speed)).toBe("60 characters a minute (about 12 words a minute)");
  });

  it("adds the overall speed when Farnsworth spacing stretches the gaps", () => {
    const speed = { cpm: 90, wpm: 18.36, effectiveCpm: 50.4, effectiveWpm: 10.3 };
    expect(formatSpeed(speed)).toBe(
      "90 characters a minute (about 18 words a minute), with longer gaps between characters " +
        "and words for an overall 50 characters a minute",
    );
  });
});
