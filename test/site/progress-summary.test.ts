import { describe, expect, it } from "vitest";
import { progressSentence } from "../../src/lib/progress-summary.ts";

describe("progressSentence", () => {
  it("tells a newcomer where to start instead of counting zeros", () => {
    expect(progressSentence(0, 0, 40)).toBe(
      "No scores are recorded in this browser yet. Start with lesson 1, and after each track " +
        "record your errors on the lesson page.",
    );
  });

  it("counts practice against Koch's 14 hours once there is some", () => {
    expect(progressSentence(295, 0, 40)).toBe(
      "You have not passed a lesson yet, with 4 min 55 s of scored practice: 1 % of the " +
        "roughly 14 hours Koch's learners took for the alphabet.",
    );
    expect(progressSentence(3 * 3600, 9, 40)).toMatch(
      /^You have passed up to lesson 9 of 40, with 3\.0 hours of scored practice: 21 % of/,
    );
  });
});
