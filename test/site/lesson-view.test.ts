import { describe, expect, it } from "vitest";
import type { LessonRecord, TrackRecord } from "../../generator/records/lesson-record.ts";
import {
  knownCharacters,
  lessonCharacterCount,
  lessonCharactersSummary,
  lessonSlugParams,
  neighbours,
  trackDownloads,
} from "../../src/lib/lesson-view.ts";
import { sheetCaption, sheetInstruction, sheetRows } from "../../src/lib/sheet-grid.ts";

function track(overrides: Partial<TrackRecord> = {}): TrackRecord {
  return {
    id: "drill-1",
    kind: "drill",
    number: 1,
    title: "Drill 1",
    text: "LFLFF LLFLF LFLFF LLFLF FLFLF LFLLF LFFLF",
    groupCount: 7,
    characterCount: 35,
    errorAllowance: 3,
    durationSeconds: 45,
    files: {},
    ...overrides,
  };
}

function lesson(number: number, characters: string[], newCharacters: string[]): LessonRecord {
  return {
    lesson: number,
    characters,
    newCharacters,
    dotHz: 900,
    dashHz: 500,
    speed: { cpm: 60, wpm: 12.24, effectiveCpm: 60, effectiveWpm: 12.24, dotMs: 98.039 },
    groupSize: 5,
    groupsPerRow: 5,
    published: "2026-01-05",
    durationSeconds: 45,
    tracks: [track()],
  };
}

const first = lesson(1, ["L", "F"], ["L", "F"]);
const second = lesson(2, ["L", "F", "C"], ["C"]);

describe("lesson view", () => {
  it("names only the characters taught before the lesson", () => {
    expect(knownCharacters(first)).toEqual([]);
    expect(knownCharacters(second)).toEqual(["L", "F"]);
    expect(lessonCharactersSummary(first)).toBe("2 new sounds");
    expect(lessonCharactersSummary(second)).toBe("L F and one new sound");
  });

  it("counts a lesson's characters without naming any", () => {
    expect(lessonCharacterCount(first)).toBe("2 characters, all new");
    expect(lessonCharacterCount(second)).toBe("3 characters, one new");
  });

  it("offers downloads only for the files a record lists", () => {
    expect(trackDownloads("/", track())).toEqual([]);
    const files = {
      txt: { path: "audio/02/drill-1.txt", bytes: 400, sha256: "" },
      mp3: { path: "audio/02/drill-1.mp3", bytes: 1_234_567, sha256: "" },
    };
    expect(trackDownloads("/morse/", track({ files }))).toEqual([
      {
        format: "mp3",
        label: "MP3 audio",
        href: "/morse/audio/02/drill-1.mp3",
        bytes: 1_234_567,
        sizeText: "1.2 MB",
      },
      {
        format: "txt",
        label: "Answer key (text)",
        href: "/morse/audio/02/drill-1.txt",
        bytes: 400,
        sizeText: "400 bytes",
      },
    ]);
  });

  it("finds the previous and next lessons", () => {
    expect(neighbours([first, second], 1)).toEqual({ previous: undefined, next: second });
    expect(neighbours([first, second], 2)).toEqual({ previous: first, next: undefined });
    expect(lessonSlugParams([second])[0]?.params).toEqual({ lesson: "02" });
  });

  it("lays the sheet out in the key's rows of groups, one box per character", () => {
    const rows = sheetRows(first, track());
    expect(rows.map((row) => row.number)).toEqual([1, 2]);
    expect(rows[0]?.groups).toHaveLength(5);
    expect(rows[1]?.groups).toEqual([
      ["L", "F", "L", "L", "F"],
      ["L", "F", "F", "L", "F"],
    ]);
  });

  it("keeps the German Ch as one box", () => {
    const rows = sheetRows(first, track({ text: "ChLF" }));
    expect(rows[0]?.groups).toEqual([["Ch", "L", "F"]]);
  });

  it("heads each sheet with the lesson, track and error allowance", () => {
    expect(sheetCaption(second, track())).toBe(
      "Lesson 2 · Drill 1 · 35 characters · pass with at most 3 errors",
    );
    expect(sheetInstruction(first, track({ kind: "new-sound" }))).toMatch(/Both sounds are new/);
    expect(sheetInstruction(second, track({ kind: "new-sound" }))).toMatch(
      /mark \(\/\) for the new/,
    );
  });
});
