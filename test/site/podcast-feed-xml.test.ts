import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseCourse } from "../../generator/course/course.ts";
import { planCourse } from "../../generator/plan/lessons.ts";
import { buildLessonRecord } from "../../generator/records/lesson-record.ts";
import { buildPodcastFeed, episodeDate, episodeGuid } from "../../src/lib/podcast-feed.ts";
import { escapeXml } from "../../src/lib/xml.ts";

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
    expect(escapeXml(`a & b < c > "d" 'e'`)).toBe("a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;");
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
