import { describe, expect, inject, it } from "vitest";
import { compareTrees, describeDifferences } from "../../scripts/compare-trees.ts";
import { PUBLISHED_FOLDERS } from "../../scripts/build-environments.ts";
import { FIRST_ENVIRONMENT, SECOND_ENVIRONMENT } from "./fixture-build.ts";

describe("reproducible builds", () => {
  const first = inject("siteBuild");
  const second = inject("siteRebuild");

  it("builds the fixture in two environments that differ in everything a build could leak", () => {
    expect(second.root).not.toBe(first.root);
    for (const name of ["TZ", "LANG", "LC_ALL"] as const) {
      expect(SECOND_ENVIRONMENT.env[name]).not.toBe(FIRST_ENVIRONMENT.env[name]);
    }
    expect(SECOND_ENVIRONMENT.jobs).not.toBe(FIRST_ENVIRONMENT.jobs);
  });

  it("writes byte-identical records, audio, keys, pages, feed and cover in both", async () => {
    const comparison = await compareTrees(first.root, second.root, PUBLISHED_FOLDERS);
    expect(describeDifferences(comparison.differences), "files that differ").toBe("");
    // 3 records, 27 audio and key files, and the site with its copy of them.
    expect(comparison.filesCompared).toBeGreaterThanOrEqual(3 + 27 + 27 + 14);
  });
});
