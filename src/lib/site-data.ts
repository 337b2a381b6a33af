/**
 * Everything the pages show, loaded once per build: the course file, the
 * lesson records and what is wrong with the generation, if anything.
 */
import { loadCourse } from "../../generator/course/load-course.ts";
import type { Course } from "../../generator/course/course.ts";
import type { LessonRecord } from "../../generator/records/lesson-record.ts";
import { checkListedFiles, compareWithCourse } from "./generation-status.ts";
import { readLessonRecords } from "./lesson-records.ts";
import { sitePaths, type SitePaths } from "./site-paths.ts";

/** The course as the site publishes it. */
export interface SiteData {
  paths: SitePaths;
  course: Course;
  records: LessonRecord[];
  /** Sentences about a missing or stale generation; empty when current. */
  problems: string[];
}

/** Loads the site's data without caching; the build log and tests use it. */
export async function readSiteData(paths: SitePaths = sitePaths()): Promise<SiteData> {
  const course = await loadCourse(paths.configPath);
  const { records, problems: readProblems } = await readLessonRecords(paths.lessonsDir);
  const problems = [
    ...readProblems,
    ...compareWithCourse(course, records),
    ...(await checkListedFiles(paths.publicDir, records)),
  ];
  return { paths, course, records, problems };
}

let cached: Promise<SiteData> | undefined;

/** The site's data, read on first use; every page of a build shares it. */
export function siteData(): Promise<SiteData> {
  cached ??= readSiteData();
  return cached;
}
