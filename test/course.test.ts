import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCourse } from "../generator/course/course.ts";
import { loadCourse } from "../generator/course/load-course.ts";
import { InputFileError } from "../generator/errors.ts";

const FILE = "content/course.json";

/** The message of the error a course file raises, or `ok` if it is valid. */
function messageFor(raw: unknown): string {
  try {
    parseCourse(raw, FILE);
    return "ok";
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as Error).message;
  }
}

describe("course file", () => {
  it("accepts {} and fills Koch's defaults", () => {
    const course = parseCourse({}, FILE);
    expect(course.settings).toMatchObject({
      order: "koch1935",
      tones: { dotHz: 900, dashHz: 500, mergedHz: 700, mergeAtCharacter: 15 },
      riseMs: 5,
      sampleRate: 22050,
      mp3Kbps: 32,
      formats: ["mp3", "wav"],
      drillsPerLesson: 3,
      drillMinutes: 5,
      newSoundMinutes: 1,
      groupSize: 5,
    });
    expect(course.settings.newCharShare).toBeCloseTo(1 / 3, 9);
    expect(course.speed.cpm).toBe(60);
    expect(course.speed.dotMs).toBeCloseTo(98.04, 2);
    expect(course.warnings).toEqual([]);
  });

  it("reads characters in any case, German Ch and prosigns", () => {
    expect(parseCourse({ order: ["k", "ch", "<sk>", "ä"] }, FILE).order).toEqual([
      "K",
      "Ch",
      "<SK>",
      "Ä",
    ]);
  });

  it.each<[string, unknown, string]>([
    ["a number out of range", { speed: { cpm: 0 } }, "speed.cpm must be between 5 and 300, got 0"],
    [
      "a wrong type",
      { speed: { cpm: "fast" } },
      'speed.cpm must be a number between 5 and 300, got "fast"',
    ],
    [
      "a misspelt field",
      { speed: { cmp: 60 } },
      "speed.cmp is not a field of the course file; check the spelling against " +
        "content/course.schema.json",
    ],
    [
      "an unknown preset",
      { order: "kochx" },
      "order must be a preset name (koch1935, lcwo, kochmorse) or a list of characters, " +
        'got "kochx"',
    ],
    [
      "a one-character order",
      { order: ["L"] },
      "order must list 2 to 100 characters (Koch starts with two), got 1",
    ],
    [
      "repeated characters",
      { order: ["L", "F", "L"] },
      'order lists "L" more than once; each character is taught once, so remove the repeats',
    ],
    [
      "both cpm and wpm",
      { speed: { cpm: 60, wpm: 12 } },
      "speed gives both cpm (60) and wpm (12); keep one",
    ],
    [
      "an effective speed above the character speed",
      { speed: { cpm: 60, effectiveCpm: 80 } },
      "speed.effectiveCpm must not be above the character speed (60 cpm, 12.24 wpm), got 80",
    ],
    [
      "a bit rate the sample rate lacks",
      { sampleRate: 44100, mp3Kbps: 8 },
      "mp3Kbps 8 is not an MP3 bit rate at sampleRate 44100; allowed there: " +
        "32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320",
    ],
    [
      "an unknown sample rate",
      { sampleRate: 22000 },
      "sampleRate must be one of 8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, got 22000",
    ],
    ["no formats", { formats: [] }, "formats must name at least one format, got []"],
    ["an unknown format", { formats: ["ogg"] }, 'formats[0] must be mp3 or wav, got "ogg"'],
    [
      "a relative site URL",
      { siteUrl: "example.org" },
      'siteUrl must be an absolute http(s) URL such as https://example.org/morse/, got "example.org"',
    ],
    [
      "an impossible date",
      { published: "2026-02-30" },
      'published must be a real calendar date, got "2026-02-30"',
    ],
    ["an empty title", { title: "" }, 'title must be text of 1 to 200 characters, got ""'],
    [
      "a fractional group size",
      { groupSize: 2.5 },
      "groupSize must be a whole number between 1 and 12, got 2.5",
    ],
    ["a fractional seed", { seed: 1.5 }, "seed must be a string or a whole number, got 1.5"],
    [
      "a pitch out of range",
      { tones: { dotHz: 50 } },
      "tones.dotHz must be between 200 and 2000, got 50",
    ],
    ["an array", [], "must hold a JSON object such as {}, got []"],
  ])("rejects %s with a message naming file, field and value", (_, raw, message) => {
    expect(messageFor(raw)).toBe(`${FILE}: ${message}`);
  });

  it("lists characters it cannot send, as the author wrote them", () => {
    expect(messageFor({ order: ["L", "F", "ß", "%"] })).toMatch(
      /^content\/course\.json: order has characters the course cannot send: "ß", "%"; allowed: 0 1 2/,
    );
  });

  it("says by how much a lesson would exceed Koch's half hour", () => {
    expect(messageFor({ drillsPerLesson: 7 })).toBe(
      `${FILE}: a lesson would last 36.13 minutes (newSoundMinutes 1 + drillsPerLesson 7 × ` +
        `drillMinutes 5), 6.13 over Koch's 30-minute session; lower drillsPerLesson, ` +
        `drillMinutes or newSoundMinutes`,
    );
  });

  it("reports every problem at once, one a line", () => {
    const lines = messageFor({ speed: { cpm: 0 }, groupSize: 0, title: "" }).split("\n");
    expect(lines).toHaveLength(3);
    lines.forEach((line) => expect(line.startsWith(`${FILE}: `)).toBe(true));
  });

  it("warns, without failing, when the order starts with two similar characters", () => {
    const course = parseCourse({ order: ["E", "I", "A"] }, FILE);
    expect(course.warnings).toEqual([
      `${FILE}: order starts with E and I, which sound alike (E I S H 5); Koch found a course ` +
        `trains better when it starts with two very different characters`,
    ]);
  });

  it("warns when characters are sent below Koch's 50 cpm", () => {
    expect(parseCourse({ speed: { cpm: 30 } }, FILE).warnings[0]).toMatch(/30 cpm; Koch found/);
  });
});

describe("reading the course file", () => {
  async function folder() {
    return mkdtemp(join(tmpdir(), "koch-course-"));
  }

  it("names a missing file and says how to fix it", async () => {
    const path = join(await folder(), "nope.json");
    await expect(loadCourse(path)).rejects.toThrow(
      `${path}: no such file; create it ({} is a valid course) or pass --config with its path`,
    );
  });

  it("names a folder given as the file", async () => {
    const path = join(await folder(), "dir.json");
    await mkdir(path);
    await expect(loadCourse(path)).rejects.toThrow(`${path}: is a folder, not a file`);
  });

  it("points at broken JSON", async () => {
    const path = join(await folder(), "broken.json");
    await writeFile(path, '{ "title": }');
    await expect(loadCourse(path)).rejects.toThrow(
      /broken\.json: is not valid JSON \(.+\); fix the syntax/,
    );
  });

  it("rejects bytes that are not UTF-8", async () => {
    const path = join(await folder(), "latin1.json");
    await writeFile(path, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    await expect(loadCourse(path)).rejects.toThrow(`${path}: is not UTF-8 text; save it as UTF-8`);
  });

  it("refuses a pipe, which would block, and a device, which would never end", async () => {
    const fifo = join(await folder(), "course.fifo");
    execFileSync("mkfifo", [fifo]);
    await expect(loadCourse(fifo)).rejects.toThrow(
      `${fifo}: is not a regular file (a pipe or a device); pass the course file's path with --config`,
    );
    await expect(loadCourse("/dev/zero")).rejects.toThrow("/dev/zero: is not a regular file");
  });

  it("refuses a file far larger than a course file", async () => {
    const path = join(await folder(), "huge.json");
    await writeFile(path, `{"title": "${"x".repeat(2 * 1024 * 1024)}"}`);
    await expect(loadCourse(path)).rejects.toThrow(
      `${path}: is 2.0 MiB, more than the 1.0 MiB allowed; pass the course file's path with --config`,
    );
  });

  it("refuses values nested far deeper than any field, before printing them", async () => {
    const path = join(await folder(), "deep.json");
    await writeFile(path, `{"title": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    await expect(loadCourse(path)).rejects.toThrow(
      `${path}: nests values more than 16 levels deep; a course file needs three at most ` +
        "(see content/course.schema.json)",
    );
  });

  it("accepts a byte-order mark", async () => {
    const path = join(await folder(), "bom.json");
    await writeFile(path, '\uFEFF{"title":"BOM"}');
    expect((await loadCourse(path)).settings.title).toBe("BOM");
  });
});
