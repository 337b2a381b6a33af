/**
 * What a lesson page shows, worked out from the records: the characters
 * known before it, its neighbours, and the downloads a track really has.
 */
import {
  lessonSlug,
  type LessonRecord,
  type TrackRecord,
} from "../../generator/records/lesson-record.ts";
import { formatBytes } from "./format.ts";
import { withBase } from "./site-url.ts";

/** A file a listener can download. */
export interface Download {
  format: "mp3" | "wav" | "txt";
  label: string;
  href: string;
  bytes: number;
  sizeText: string;
}

const FORMAT_LABELS = { mp3: "MP3 audio", wav: "WAV audio", txt: "Answer key (text)" } as const;

/** Downloads for the files a track's record lists, in a fixed order; none for missing files. */
export function trackDownloads(base: string, track: TrackRecord): Download[] {
  return (["mp3", "wav", "txt"] as const).flatMap((format) => {
    const file = track.files[format];
    if (!file) return [];
    return [
      {
        format,
        label: FORMAT_LABELS[format],
        href: withBase(base, file.path),
        bytes: file.bytes,
        sizeText: formatBytes(file.bytes),
      },
    ];
  });
}

/** The characters taught before this lesson: the ones the page may name. */
export function knownCharacters(record: LessonRecord): string[] {
  return record.characters.filter((c) => !record.newCharacters.includes(c));
}

/** How many characters a lesson has and how many are new, naming none: `4 characters, one new`. */
export function lessonCharacterCount(record: LessonRecord): string {
  const total = record.characters.length;
  const fresh = record.newCharacters.length;
  if (fresh === total) return `${total} characters, all new`;
  return `${total} characters, ${fresh === 1 ? "one" : fresh} new`;
}

/** What the lesson list says of a lesson without revealing its new sound. */
export function lessonCharactersSummary(record: LessonRecord): string {
  const known = knownCharacters(record);
  const fresh = record.newCharacters.length;
  const news = fresh === 1 ? "one new sound" : `${fresh} new sounds`;
  return known.length === 0 ? news : `${known.join(" ")} and ${news}`;
}

/** The lessons before and after, when there are any. */
export function neighbours(records: readonly LessonRecord[], lesson: number) {
  const index = records.findIndex((record) => record.lesson === lesson);
  return {
    previous: index > 0 ? records[index - 1] : undefined,
    next: index >= 0 && index < records.length - 1 ? records[index + 1] : undefined,
  };
}

/** The record of a lesson, for `getStaticPaths`. */
export function lessonSlugParams(records: readonly LessonRecord[]) {
  return records.map((record) => ({
    params: { lesson: lessonSlug(record.lesson) },
    props: { record },
  }));
}
