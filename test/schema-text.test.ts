import { describe, expect, it } from "vitest";
import { parseCourse } from "../generator/course/course.ts";
import { InputFileError } from "../generator/errors.ts";

const FILE = "content/course.json";

function messageFor(raw: unknown): string {
  try {
    parseCourse(raw, FILE);
  } catch (error) {
    if (error instanceof InputFileError) return error.message;
    throw error;
  }
  throw new Error("expected the course file to be rejected");
}

describe("text fields of the course file", () => {
  it("rejects U+FFFF, naming the character and where it is", () => {
    expect(messageFor({ title: "Koch \uFFFF course" })).toBe(
      `${FILE}: title must not contain U+FFFF (character 6), a Unicode noncharacter that is ` +
        'not meant for published text; remove it, got "Koch \\uffff course"',
    );
  });

  it("rejects every noncharacter, in the BMP and beyond, in every text field", () => {
    expect(messageFor({ description: "line\n\uFFFE" })).toMatch(
      /^content\/course\.json: description must not contain U\+FFFE \(character 6\)/,
    );
    expect(messageFor({ author: "\uFDD0" })).toMatch(
      /author must not contain U\+FDD0 \(character 1\)/,
    );
    expect(messageFor({ license: "CC 🎧 \u{1FFFF}" })).toMatch(
      /license must not contain U\+1FFFF \(character 6\)/,
    );
  });

  it("accepts the hostile text a feed and a page can carry", () => {
    const course = parseCourse(
      {
        title: '</script><script>alert(1)</script> ]]> & "q" <b> \u202Eevil \u200F 🎧 𝄞',
        description: "one\ntwo\r\nthree",
      },
      FILE,
    );
    expect(course.settings.title).toContain("\u202E");
    expect(course.settings.description).toBe("one\ntwo\r\nthree");
  });
});
