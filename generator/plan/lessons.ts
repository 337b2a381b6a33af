/**
 * The lesson plan: lesson n teaches the first n + 1 characters of the order
 * (lesson 1 starts with two, both new), at its pitches, with a new-sound
 * track and the drills, each with its seeded text.
 */
import type { Course } from "../course/course.ts";
import { generateDrillGroups } from "../text/drill-text.ts";
import { createRandom, trackSeed } from "../text/random.ts";
import { pitchForCharacterCount } from "./pitch.ts";

/**
 * In the new-sound track the new character is every other character or so:
 * frequent enough to learn its sound, among known ones to contrast it with.
 */
export const NEW_SOUND_SHARE = 0.5;

/** One track of a lesson and its text. */
export interface TrackPlan {
  /** Stable id, also the audio file's name: `new-sound`, `drill-1`, … */
  id: string;
  kind: "new-sound" | "drill";
  /** 0 for the new-sound track, the drill number otherwise. */
  number: number;
  /** `New sound`, `Drill 1`, … */
  title: string;
  /** The answer key: groups of character tokens. */
  groups: string[][];
}

/** One lesson: what it teaches and its tracks. */
export interface LessonPlan {
  lesson: number;
  /** Every character taught so far, in order. */
  characters: string[];
  /** The characters this lesson adds (two in lesson 1, one after). */
  newCharacters: string[];
  dotHz: number;
  dashHz: number;
  tracks: TrackPlan[];
}

/** How many lessons an order makes: one per character after the first. */
export function lessonCount(course: Course): number {
  return course.order.length - 1;
}

/** Plans one lesson (1-based). */
export function planLesson(course: Course, lesson: number): LessonPlan {
  const { settings, speed } = course;
  const characters = course.order.slice(0, lesson + 1);
  const newCharacters = lesson === 1 ? [...characters] : characters.slice(-1);
  const drill = (id: string, focusShare: number, trackMinutes: number) =>
    generateDrillGroups({
      characters,
      focus: newCharacters,
      focusShare,
      groupSize: settings.groupSize,
      trackMinutes,
      speed,
      random: createRandom(trackSeed(settings.seed, lesson, id)),
    });

  const tracks: TrackPlan[] = [
    {
      id: "new-sound",
      kind: "new-sound",
      number: 0,
      title: "New sound",
      groups: drill("new-sound", NEW_SOUND_SHARE, settings.newSoundMinutes),
    },
  ];
  for (let number = 1; number <= settings.drillsPerLesson; number++) {
    const id = `drill-${number}`;
    const groups = drill(id, settings.newCharShare, settings.drillMinutes);
    tracks.push({ id, kind: "drill", number, title: `Drill ${number}`, groups });
  }
  const pitch = pitchForCharacterCount(characters.length, settings.tones);
  return { lesson, characters, newCharacters, ...pitch, tracks };
}

/** Plans the given lessons, or every lesson of the course. */
export function planCourse(course: Course, lessons?: readonly number[]): LessonPlan[] {
  const numbers = lessons ?? Array.from({ length: lessonCount(course) }, (_, i) => i + 1);
  return numbers.map((lesson) => planLesson(course, lesson));
}
