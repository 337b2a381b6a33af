import { describe, expect, it } from "vitest";
import {
  APTITUDE_SECONDS,
  aptitudeNote,
  emptyProgress,
  highestPassedLesson,
  lessonStatus,
  parseProgress,
  practiceSeconds,
  recordScore,
  scoreAdvice,
} from "../../src/lib/progress.ts";

const drill = (errors: number, seconds = 300) => ({ errors, allowance: 23, seconds });

describe("progress", () => {
  it("reads a stored record and ignores anything malformed", () => {
    expect(parseProgress(null)).toEqual(emptyProgress());
    expect(parseProgress("not json")).toEqual(emptyProgress());
    expect(parseProgress('{"lessons":null}')).toEqual(emptyProgress());
    expect(parseProgress('{"lessons":{"1":{}}}')).toEqual({ lessons: { "1": {} } });
  });

  it("passes a lesson once a drill stays within its allowance", () => {
    let progress = emptyProgress();
    expect(lessonStatus(progress, 1)).toBe("not-started");
    progress = recordScore(progress, 1, "drill-1", drill(24));
    expect(lessonStatus(progress, 1)).toBe("practising");
    progress = recordScore(progress, 1, "new-sound", { errors: 0, allowance: 4, seconds: 60 });
    expect(lessonStatus(progress, 1)).toBe("practising");
    progress = recordScore(progress, 1, "drill-2", drill(23));
    expect(lessonStatus(progress, 1)).toBe("passed");
  });

  it("keeps the last attempt of a track and adds up the practice time", () => {
    let progress = recordScore(emptyProgress(), 2, "drill-1", drill(30));
    progress = recordScore(progress, 2, "drill-1", drill(3));
    progress = recordScore(progress, 3, "drill-1", drill(40, 200));
    expect(progress.lessons[2]?.["drill-1"]?.errors).toBe(3);
    expect(practiceSeconds(progress)).toBe(500);
    expect(highestPassedLesson(progress)).toBe(2);
  });

  it("advises moving on below the allowance and staying above it", () => {
    expect(scoreAdvice(drill(2), "drill")).toBe(
      "2 errors, within the allowance of 23. Below Koch's 10 % of errors: move on to the next lesson.",
    );
    expect(scoreAdvice(drill(24), "drill")).toMatch(/^24 errors, over the allowance.*Stay/);
    expect(scoreAdvice({ errors: 1, allowance: 4, seconds: 60 }, "new-sound")).toMatch(
      /^1 error, within.*reveal it/,
    );
  });

  it("gives Koch's aptitude note only when there is something to say", () => {
    const characters = (lesson: number) => lesson + 1;
    expect(aptitudeNote(emptyProgress(), characters)).toBe("");
    const struggling = recordScore(emptyProgress(), 1, "drill-1", drill(50, APTITUDE_SECONDS));
    expect(aptitudeNote(struggling, characters)).toMatch(/first two half-hours/);
    const apt = recordScore(emptyProgress(), 3, "drill-1", drill(1));
    expect(aptitudeNote(apt, characters)).toMatch(/4 characters: Koch's aptitude mark is met/);
  });
});
