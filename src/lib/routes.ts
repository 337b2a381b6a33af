/**
 * Every page's path below the base path, in one place, so that links and
 * pages cannot drift apart.
 */
import { lessonSlug } from "../../generator/records/lesson-record.ts";

/** Paths of the site's pages and files, relative to the base path. */
export const routes = {
  home: "",
  sheets: "sheets/",
  keys: "keys/",
  feed: "podcast.xml",
  cover: "cover.png",
  lesson: (lesson: number) => `lessons/${lessonSlug(lesson)}/`,
  lessonSheets: (lesson: number) => `lessons/${lessonSlug(lesson)}/sheets/`,
  lessonKeys: (lesson: number) => `lessons/${lessonSlug(lesson)}/keys/`,
};
