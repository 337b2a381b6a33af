/**
 * The two environments that reproducibility checks build a course in. They
 * differ in everything a build could leak into its output: the folder (a
 * deeper one, with a space and a non-ASCII letter in its name), the time
 * zone (UTC against one 12:45 ahead with daylight saving), the locale (C
 * against German, which writes 1.234,5 and sorts ä among the a's; Node's
 * Intl follows `LC_ALL`) and the number of audio workers.
 */

/** Where below the comparison's root a build goes, and how it runs. */
export interface BuildEnvironment {
  folder: string;
  env: { TZ: string; LANG: string; LC_ALL: string };
  jobs: number;
}

export const FIRST_ENVIRONMENT: BuildEnvironment = {
  folder: "first",
  env: { TZ: "UTC", LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
  jobs: 1,
};

export const SECOND_ENVIRONMENT: BuildEnvironment = {
  folder: "elsewhere/zweiter Bau ü",
  env: { TZ: "Pacific/Chatham", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" },
  jobs: 2,
};

/** `TZ=UTC LC_ALL=C.UTF-8 --jobs 1`, for a report. */
export function describeEnvironment({ env, jobs }: BuildEnvironment): string {
  return `TZ=${env.TZ} LC_ALL=${env.LC_ALL} --jobs ${jobs}`;
}

/** What a build publishes, relative to its root: the generator's two folders and the site. */
export const PUBLISHED_FOLDERS = ["lessons", "public/audio", "dist"];
