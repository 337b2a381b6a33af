/**
 * The podcast feed: RSS 2.0 with Apple's iTunes tags, one episode per MP3
 * track. Everything in it comes from the course file and the records, never
 * from the build clock, so two builds of one course give the same feed and
 * podcast apps see no churn.
 */
import type { CourseSettings } from "../../generator/course/schema.ts";
import type { LessonRecord, TrackRecord } from "../../generator/records/lesson-record.ts";
import { countOf, formatClock } from "./format.ts";
import { routes } from "./routes.ts";
import { absoluteUrl } from "./site-url.ts";
import { element } from "./xml.ts";

const ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd";
const ATOM_NS = "http://www.w3.org/2005/Atom";

/** Apple's category that fits a course of lessons. */
export const FEED_CATEGORY = "Education";
export const FEED_SUBCATEGORY = "Courses";

/** What the feed is built from. */
export interface PodcastFeedOptions {
  settings: CourseSettings;
  records: readonly LessonRecord[];
}

/**
 * An episode's date: its lesson's date, plus an hour per track so that apps
 * list a lesson's tracks in order. RFC 822, as RSS asks.
 */
export function episodeDate(published: string, track: TrackRecord): string {
  const date = new Date(`${published}T00:00:00Z`);
  date.setUTCHours(track.number);
  return date.toUTCString().replace("GMT", "+0000");
}

/**
 * The GUID: the course's site URL, lesson and track. It stays the same as
 * long as the course is published at the same place, whatever the build.
 */
export function episodeGuid(siteUrl: string, record: LessonRecord, track: TrackRecord): string {
  return `${absoluteUrl(siteUrl, routes.lesson(record.lesson))}#${track.id}`;
}

/** The episode's show notes: what to do and the answer key. */
export function episodeDescription(record: LessonRecord, track: TrackRecord): string {
  const task =
    track.kind === "new-sound"
      ? "A new sound is introduced here, unnamed: mark it each time you hear it."
      : "Copy every character; write a dot for one that escapes you and keep going.";
  return (
    `Lesson ${record.lesson}, ${track.title}: ${track.characterCount} characters at ` +
    `${record.speed.cpm} characters a minute. ${task} Move on with at most ` +
    `${countOf(track.errorAllowance, "error")}. Answer key: ${track.text}`
  );
}

function episode(settings: CourseSettings, record: LessonRecord, track: TrackRecord): string {
  const mp3 = track.files.mp3;
  if (!mp3) return "";
  const title = `Lesson ${record.lesson}: ${track.title}`;
  return [
    "<item>",
    element("title", title),
    element("itunes:title", title),
    element("link", absoluteUrl(settings.siteUrl, routes.lesson(record.lesson))),
    element("description", episodeDescription(record, track)),
    element("enclosure", undefined, {
      url: absoluteUrl(settings.siteUrl, mp3.path),
      length: String(mp3.bytes),
      type: "audio/mpeg",
    }),
    element("guid", episodeGuid(settings.siteUrl, record, track), { isPermaLink: "false" }),
    element("pubDate", episodeDate(record.published, track)),
    element("itunes:duration", formatClock(track.durationSeconds)),
    element("itunes:season", String(record.lesson)),
    element("itunes:episode", String(track.number + 1)),
    element("itunes:episodeType", "full"),
    element("itunes:explicit", "false"),
    "</item>",
  ].join("\n");
}

/** The whole feed as XML text. */
export function buildPodcastFeed({ settings, records }: PodcastFeedOptions): string {
  const home = absoluteUrl(settings.siteUrl, routes.home);
  const cover = absoluteUrl(settings.siteUrl, routes.cover);
  const items = records.flatMap((record) =>
    record.tracks.map((track) => episode(settings, record, track)).filter(Boolean),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:itunes="${ITUNES_NS}" xmlns:atom="${ATOM_NS}">`,
    "<channel>",
    element("title", settings.title),
    element("link", home),
    element("atom:link", undefined, {
      href: absoluteUrl(settings.siteUrl, routes.feed),
      rel: "self",
      type: "application/rss+xml",
    }),
    element("description", settings.description),
    element("language", settings.language),
    element("copyright", settings.license),
    element("itunes:author", settings.author),
    element("itunes:summary", settings.description),
    element("itunes:type", "serial"),
    element("itunes:explicit", "false"),
    `<itunes:category text="${FEED_CATEGORY}">${element("itunes:category", undefined, {
      text: FEED_SUBCATEGORY,
    })}</itunes:category>`,
    element("itunes:image", undefined, { href: cover }),
    `<image>${element("url", cover)}${element("title", settings.title)}${element("link", home)}</image>`,
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}
