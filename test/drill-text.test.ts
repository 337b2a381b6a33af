import { describe, expect, it } from "vitest";
import { generateDrillGroups } from "../generator/text/drill-text.ts";
import { createRandom } from "../generator/text/random.ts";
import { bagCounts } from "../generator/text/character-stream.ts";
import { resolveSpeed, trackDurationMs } from "../generator/audio/timing.ts";
import { ORDER_PRESETS } from "../generator/course/presets.ts";

const speed = resolveSpeed({ cpm: 60 });
const order = ORDER_PRESETS.koch1935;

function drill(lesson: number, seed = "s", trackMinutes = 5, focusShare = 1 / 3) {
  const characters = order.slice(0, lesson + 1);
  const focus = lesson === 1 ? characters : characters.slice(-1);
  const groups = generateDrillGroups({
    characters,
    focus,
    focusShare,
    groupSize: 5,
    trackMinutes,
    speed,
    random: createRandom(seed),
  });
  return { characters, focus, groups, stream: groups.flat() };
}

describe("drill text", () => {
  it.each([2, 5, 12, 25, 40])("gives the new character its share in lesson %d", (lesson) => {
    const { focus, stream } = drill(lesson);
    const share = stream.filter((c) => c === focus[0]).length / stream.length;
    expect(share).toBeGreaterThan(1 / 3 - 0.03);
    expect(share).toBeLessThan(1 / 3 + 0.03);
  });

  it("splits lesson 1 evenly between its two new characters", () => {
    const { stream } = drill(1);
    const share = stream.filter((c) => c === "L").length / stream.length;
    expect(Math.abs(share - 0.5)).toBeLessThan(0.03);
  });

  it.each([1, 7, 40])("uses only lesson characters and each a few times (lesson %d)", (lesson) => {
    const { characters, stream } = drill(lesson);
    expect(new Set(stream)).toEqual(new Set(characters));
    for (const character of characters) {
      expect(stream.filter((c) => c === character).length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each([1, 2, 3, 20])("never sends a character three times in a row (lesson %d)", (lesson) => {
    for (const seed of ["a", "b", "c", "d"]) {
      const text = drill(lesson, seed).stream.join("");
      expect(text).not.toMatch(/(.)\1\1/);
    }
  });

  it("fills the track's minutes without running over", () => {
    const { groups } = drill(10);
    const tokens = groups.flatMap((g, i) => (i === 0 ? g : [" ", ...g]));
    const durationMs = trackDurationMs(tokens, speed);
    expect(durationMs).toBeLessThanOrEqual(5 * 60_000);
    expect(durationMs).toBeGreaterThan(5 * 60_000 - 8_000);
  });

  it("sends fewer than 60 drill characters a minute at 60 cpm", () => {
    // Koch's 10.2-unit character is an average over plain text, where short
    // letters such as E and T are common. A drill uses every letter equally
    // (about 13.5 units with gaps), so 60 cpm gives some 45 a minute.
    const { stream } = drill(26);
    expect(stream.length / 5).toBeGreaterThan(40);
    expect(stream.length / 5).toBeLessThan(50);
  });

  it("gives the same text for the same seed and another for another seed", () => {
    expect(drill(9, "x").stream).toEqual(drill(9, "x").stream);
    expect(drill(9, "x").stream).not.toEqual(drill(9, "y").stream);
  });

  it.each([
    [2, 1, 1 / 3],
    [3, 1, 1 / 3],
    [39, 1, 1 / 3],
    [4, 1, 0.5],
  ])("sizes the bag so the share is exact (%d others)", (others, focus, share) => {
    const { perFocus, perOther } = bagCounts(others, focus, share);
    const actual = (perFocus * focus) / (perFocus * focus + perOther * others);
    expect(Math.abs(actual - share)).toBeLessThan(0.01);
  });
});
