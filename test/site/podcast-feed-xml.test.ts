import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseCourse } from "../../generator/course/course.ts";
import { planCourse } from "../../generator/plan/lessons.ts";
import { buildLessonRecord } from "../../generator/records/lesson-record.ts";
import { buildPodcastFeed, episodeDate, episodeGuid } from "../../src/lib/podcast-feed.ts";
import { element, escapeXml } from "../../src/lib/xml.ts";

const course = parseCourse(
  {
    title: "Morse & <More>",
    siteUrl: "https://example.org/cw",
    order: ["K", "M", "R"],
    drillsPerLesson: 1,
    drillMinutes: 0.25,
  },
  "test.json",
);
const records = planCourse(course).map((plan) => buildLessonRecord(plan, course));

describe("podcast feed text", () => {
  it("escapes text so that any title stays well-formed XML", () => {
    expect(escapeXml(`a & b < c > "d" 'e'`)).toBe(
      "a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;",
    );
    const rss = new XMLParser().parse(buildPodcastFeed({ settings: course.settings, records })).rss;
    expect(rss.channel.title).toBe("Morse & <More>");
  });

  it("lists only tracks whose MP3 exists", () => {
    const parser = new XMLParser({ isArray: (name) => name === "item" });
    const empty = parser.parse(buildPodcastFeed({ settings: course.settings, records })).rss;
    expect(empty.channel.item).toBeUndefined();
    const withAudio = structuredClone(records);
    withAudio[0]!.tracks[1]!.files.mp3 = { path: "audio/01/drill-1.mp3", bytes: 1234, sha256: "" };
    const one = parser.parse(buildPodcastFeed({ settings: course.settings, records: withAudio }));
    expect(one.rss.channel.item).toHaveLength(1);
  });

  it("dates a lesson's tracks an hour apart on the lesson's day", () => {
    const [newSound, drill] = records[1]!.tracks;
    expect(records[1]!.published).toBe("2026-01-06");
    expect(episodeDate(records[1]!.published, newSound!)).toBe("Tue, 06 Jan 2026 00:00:00 +0000");
    expect(episodeDate(records[1]!.published, drill!)).toBe("Tue, 06 Jan 2026 01:00:00 +0000");
  });

  it("derives the GUID from the site URL, lesson and track", () => {
    expect(episodeGuid(course.settings.siteUrl, records[0]!, records[0]!.tracks[1]!)).toBe(
      "https://example.org/cw/lessons/01/#drill-1",
    );
  });
});

describe("XML escaping", () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    // fast-xml-parser leaves numeric character references as written unless
    // told to decode them; a conforming XML parser always does.
    htmlEntities: true,
  });

  it("keeps carriage returns, and line breaks and tabs in attributes, through a parser", () => {
    const text = "a\r\nb\rc\nd\te";
    expect(escapeXml(text, { inAttribute: false })).toBe("a&#xD;\nb&#xD;c\nd\te");
    expect(escapeXml(text)).toBe("a&#xD;&#xA;b&#xD;c&#xA;d&#x9;e");
    const parsed = parser.parse(element("x", text, { note: text })).x;
    expect(parsed["#text"]).toBe(text);
    expect(parsed["@_note"]).toBe(text);
  });

  it("refuses characters XML 1.0 cannot carry, naming them", () => {
    expect(() => escapeXml("a\uFFFFb")).toThrow("XML cannot carry U+FFFF (at index 1 of the text)");
    expect(() => escapeXml("\u0001")).toThrow("U+0001");
    expect(() => escapeXml("x\uD800")).toThrow("U+D800");
    expect(escapeXml("emoji 🎧 𝄞 \u202E \u{10FFFD}")).toBe("emoji 🎧 𝄞 \u202E \u{10FFFD}");
  });
});
