/**
 * The hostile course built into a site: its texts must come out of the
 * feed and the MP3 tags as the very same strings, the cover must still
 * draw, and the build must write nothing outside its own folders.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { probeTags } from "../helpers/audio-read.ts";
import { HOSTILE_COURSE_TEXT as HOSTILE } from "../helpers/hostile.ts";
import { countPixels, readPng } from "./png-read.ts";

const build = inject("hostileBuild");

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe("a course with hostile texts", () => {
  it("gives a well-formed feed whose texts are the course file's, character for character", async () => {
    const text = await readFile(join(build.outDir, "podcast.xml"), "utf8");
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).not.toContain("]]>");
    const parser = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      trimValues: false,
      // fast-xml-parser leaves character references such as &#xD; undecoded
      // unless asked; a conforming XML parser always decodes them.
      htmlEntities: true,
      isArray: (name) => name === "item",
    });
    const channel = parser.parse(text).rss.channel;
    expect(channel.title).toBe(HOSTILE.title);
    expect(channel.image.title).toBe(HOSTILE.title);
    expect(channel.description).toBe(HOSTILE.description);
    expect(channel["itunes:summary"]).toBe(HOSTILE.description);
    expect(channel["itunes:author"]).toBe(HOSTILE.author);
    expect(channel.copyright).toBe(HOSTILE.license);
    expect(channel.item).toHaveLength(4);
  });

  it("tags every MP3 with the title as album and the author as artist, as written", async () => {
    const mp3s = (await filesBelow(join(build.publicDir, "audio"))).filter((p) =>
      p.endsWith(".mp3"),
    );
    expect(mp3s).toHaveLength(4);
    for (const path of mp3s) {
      const tags = probeTags(path);
      expect(tags["album"], path).toBe(HOSTILE.title);
      expect(tags["artist"], path).toBe(HOSTILE.author);
    }
  });

  it("still draws a cover: a square PNG with the title's letters and the Morse line", async () => {
    const png = readPng(await readFile(join(build.outDir, "cover.png")));
    expect([png.width, png.height, png.bitDepth, png.colourType]).toEqual([1400, 1400, 8, 2]);
    expect(countPixels(png, [255, 255, 255])).toBeGreaterThan(10_000);
    expect(countPixels(png, [242, 180, 65])).toBeGreaterThan(1_000);
  });

  it("writes only into its own folders, under names that come from no course text", async () => {
    const root = inject("hostileRoot");
    expect((await readdir(root)).sort()).toEqual(["build", "course.json"]);
    expect((await readdir(join(root, "build"))).sort()).toEqual([
      "cache",
      "dist",
      "lessons",
      "public",
    ]);
    const { before, after } = inject("hostileNeighbours");
    expect(after.filter((entry) => !before.includes(entry))).toEqual([root]);
    expect(before.filter((entry) => !after.includes(entry))).toEqual([]);
    for (const dir of [build.lessonsDir, build.publicDir, build.outDir]) {
      for (const path of await filesBelow(dir)) {
        expect(relative(dir, path)).toMatch(/^([\w][\w.-]*\/)*[\w][\w.-]*$/);
      }
    }
  });
});
