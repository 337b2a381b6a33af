import { describe, expect, it } from "vitest";
import { routes } from "../../src/lib/routes.ts";
import { sitePaths } from "../../src/lib/site-paths.ts";
import { absoluteUrl, siteLocation, withBase } from "../../src/lib/site-url.ts";

describe("site URLs", () => {
  it("takes site and base path from the course's siteUrl", () => {
    expect(siteLocation("https://example.org/")).toEqual({
      site: "https://example.org",
      base: "/",
    });
    expect(siteLocation("https://example.org/morse")).toEqual({
      site: "https://example.org",
      base: "/morse/",
    });
    expect(siteLocation("http://host:8080/a/b/")).toEqual({
      site: "http://host:8080",
      base: "/a/b/",
    });
  });

  it("puts site paths below the base path", () => {
    expect(withBase("/", routes.lesson(3))).toBe("/lessons/03/");
    expect(withBase("/morse/", routes.feed)).toBe("/morse/podcast.xml");
    expect(withBase("/morse", "/audio/01/drill-1.mp3")).toBe("/morse/audio/01/drill-1.mp3");
  });

  it("makes absolute URLs for the feed", () => {
    expect(absoluteUrl("https://example.org/morse/", "audio/01/drill-1.mp3")).toBe(
      "https://example.org/morse/audio/01/drill-1.mp3",
    );
    expect(absoluteUrl("https://example.org/morse", routes.home)).toBe(
      "https://example.org/morse/",
    );
  });

  it("reads the build's folders from the environment, with the project's defaults", () => {
    expect(sitePaths({})).toEqual({
      configPath: "content/course.json",
      lessonsDir: "content/lessons",
      publicDir: "public",
      outDir: "dist",
    });
    expect(sitePaths({ KOCH_CONFIG: "c.json", KOCH_OUT_DIR: "/tmp/out" })).toMatchObject({
      configPath: "c.json",
      outDir: "/tmp/out",
    });
    expect(sitePaths({ KOCH_CACHE_DIR: "/tmp/build/cache" }).cacheDir).toBe("/tmp/build/cache");
  });
});
