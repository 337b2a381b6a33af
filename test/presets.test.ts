import { describe, expect, it } from "vitest";
import { ORDER_PRESETS } from "../generator/course/presets.ts";
import { isMorseCharacter } from "../generator/course/alphabet.ts";
import { courseFrom } from "./helpers/course.ts";
import { lessonCount } from "../generator/plan/lessons.ts";

describe("order presets", () => {
  it("follows Koch's 1935 experiment, then digits and signs", () => {
    expect(ORDER_PRESETS.koch1935.join(" ")).toBe(
      "L F C K R P X Y Q D B G A N Z U V W J H S I E O M T 1 2 3 4 5 6 7 8 9 0 . , ? / =",
    );
  });

  it("follows LCWO's order", () => {
    expect(ORDER_PRESETS.lcwo.join(" ")).toBe(
      "K M U R E S N A P T L W I . J Z = F O Y , V G 5 / Q 9 2 H 3 8 B ? 4 7 C 1 D 6 0 X",
    );
  });

  it("follows KochMorse's order, ending with the SK prosign", () => {
    expect(ORDER_PRESETS.kochmorse.join(" ")).toBe(
      "K M R S U A P T L O W I . N J E F 0 Y , V G 5 / Q 9 Z H 3 8 B ? 4 2 7 C 1 D 6 X = + <SK>",
    );
  });

  it.each(Object.entries(ORDER_PRESETS))("%s has only known, unrepeated characters", (_, order) => {
    expect(order.every(isMorseCharacter)).toBe(true);
    expect(new Set(order).size).toBe(order.length);
  });

  it("makes one lesson per character after the first", () => {
    expect(lessonCount(courseFrom())).toBe(40);
    expect(lessonCount(courseFrom({ order: "lcwo" }))).toBe(ORDER_PRESETS.lcwo.length - 1);
  });
});
