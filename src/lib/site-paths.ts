/**
 * Where the site reads the course from and writes to. Environment variables
 * override the defaults so that tests build a fixture course in temporary
 * folders and never touch `content/lessons` or `public/audio`.
 */
import { join } from "node:path";

/** The folders and files one site build uses. */
export interface SitePaths {
  /** The course file (`KOCH_CONFIG`). */
  configPath: string;
  /** The generated lesson records (`KOCH_LESSONS_DIR`). */
  lessonsDir: string;
  /** Astro's public folder; the audio lives in its `audio/` (`KOCH_PUBLIC_DIR`). */
  publicDir: string;
  /** Where `astro build` writes the site (`KOCH_OUT_DIR`). */
  outDir: string;
  /**
   * Astro's and Vite's caches (`KOCH_CACHE_DIR`); their defaults in
   * `node_modules` when absent. A build in a temporary folder keeps its
   * caches there, so concurrent builds never share one.
   */
  cacheDir?: string;
}

/** Reads the paths from the environment, falling back to the project layout. */
export function sitePaths(env: Record<string, string | undefined> = process.env): SitePaths {
  return {
    configPath: env["KOCH_CONFIG"] || "content/course.json",
    lessonsDir: env["KOCH_LESSONS_DIR"] || "content/lessons",
    publicDir: env["KOCH_PUBLIC_DIR"] || "public",
    outDir: env["KOCH_OUT_DIR"] || "dist",
    ...(env["KOCH_CACHE_DIR"] ? { cacheDir: env["KOCH_CACHE_DIR"] } : {}),
  };
}

/** The folder the generator writes audio and keys to, for `--audio-dir`. */
export function audioDirOf(paths: SitePaths): string {
  return join(paths.publicDir, "audio");
}
