/**
 * The lesson record, `content/lessons/NN.json`: everything the site needs to
 * publish a lesson, so the site never computes Morse itself. The audio
 * engine fills each track's `files` with paths and byte sizes.
 */
import type { Course } from "../course/course.ts";
import type { LessonPlan, TrackPlan } from "../plan/lessons.ts";
import { trackDurationMs } from "../audio/timing.ts";
import { groupsPerRow } from "../text/answer-key.ts";

/** Koch: move on once errors stay below 10 % of the characters. */
export const PASS_BELOW_PERCENT = 10;

/**
 * The most errors that stay below Koch's 10 %: 22 for 230 characters (23
 * would be exactly 10 %), 23 for 231. Whole-number maths, so no rounding
 * error can move the line.
 */
export function errorAllowance(characterCount: number): number {
  return Math.max(0, Math.ceil((characterCount * PASS_BELOW_PERCENT) / 100) - 1);
}

/** A file the site links to: path below `public/`, size in bytes and digest. */
export interface FileEntry {
  path: string;
  bytes: number;
  /** SHA-256 of the file, hex; a later run re-renders a file that no longer matches. */
  sha256: string;
}

/** One track as published. */
export interface TrackRecord {
  id: string;
  kind: "new-sound" | "drill";
  number: number;
  title: string;
  /** The answer key: groups separated by single spaces. */
  text: string;
  groupCount: number;
  characterCount: number;
  /** Errors allowed to pass: the most that stay below 10 % of the characters. */
  errorAllowance: number;
  /** Length of the audio, lead-in and tail included. */
  durationSeconds: number;
  /** Rendered files by format (`txt`, `mp3`, `wav`). */
  files: Partial<Record<"txt" | "mp3" | "wav", FileEntry>>;
  /**
   * Hash of what the audio was rendered from (text, the settings that touch
   * it, the engine version); a later run skips the track while it matches.
   */
  renderKey?: string;
}

/** One lesson as published. */
export interface LessonRecord {
  lesson: number;
  characters: string[];
  newCharacters: string[];
  dotHz: number;
  dashHz: number;
  /** Character speed and Farnsworth overall speed, in both conventions. */
  speed: { cpm: number; wpm: number; effectiveCpm: number; effectiveWpm: number; dotMs: number };
  groupSize: number;
  /** Groups in each row of the sheet and the key. */
  groupsPerRow: number;
  /** Publication date (YYYY-MM-DD): the course's date plus a day a lesson. */
  published: string;
  /** All tracks together. */
  durationSeconds: number;
  tracks: TrackRecord[];
  /**
   * SHA-256 of the record as written without this field. A record edited by
   * hand no longer matches, and the next run checks its files before
   * keeping them instead of trusting what it lists.
   */
  checksum?: string;
}

/** `1` → `01`: lesson numbers in file and folder names. */
export function lessonSlug(lesson: number): string {
  return String(lesson).padStart(2, "0");
}

/** The date a lesson is published: one day after the one before. */
export function publicationDate(firstDate: string, lesson: number): string {
  const date = new Date(`${firstDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + lesson - 1);
  return date.toISOString().slice(0, 10);
}

const roundTo = (value: number, places: number): number =>
  Math.round(value * 10 ** places) / 10 ** places;

function trackRecord(track: TrackPlan, course: Course): TrackRecord {
  const tokens = track.groups.flatMap((group, i) => (i === 0 ? group : [" ", ...group]));
  const characterCount = track.groups.reduce((sum, group) => sum + group.length, 0);
  return {
    id: track.id,
    kind: track.kind,
    number: track.number,
    title: track.title,
    text: track.groups.map((group) => group.join("")).join(" "),
    groupCount: track.groups.length,
    characterCount,
    errorAllowance: errorAllowance(characterCount),
    durationSeconds: roundTo(trackDurationMs(tokens, course.speed) / 1000, 3),
    files: {},
  };
}

/** The record of a planned lesson, before any file is rendered. */
export function buildLessonRecord(plan: LessonPlan, course: Course): LessonRecord {
  const { speed, settings } = course;
  const tracks = plan.tracks.map((track) => trackRecord(track, course));
  return {
    lesson: plan.lesson,
    characters: plan.characters,
    newCharacters: plan.newCharacters,
    dotHz: plan.dotHz,
    dashHz: plan.dashHz,
    speed: {
      cpm: roundTo(speed.cpm, 2),
      wpm: roundTo(speed.wpm, 2),
      effectiveCpm: roundTo(speed.effectiveCpm, 2),
      effectiveWpm: roundTo(speed.effectiveWpm, 2),
      dotMs: roundTo(speed.dotMs, 3),
    },
    groupSize: settings.groupSize,
    groupsPerRow: groupsPerRow(settings.groupSize),
    published: publicationDate(settings.published, plan.lesson),
    durationSeconds: roundTo(
      tracks.reduce((sum, track) => sum + track.durationSeconds, 0),
      3,
    ),
    tracks,
  };
}
