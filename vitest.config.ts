import { defineConfig } from "vitest/config";

/** Tests that read the fixture course's built site. */
const SITE_TESTS = [
  "test/browser/**/*.test.ts",
  "test/site/podcast-feed.test.ts",
  "test/site/reproducible-build.test.ts",
  "test/site/hostile-build.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
    // The site tests need the fixture course built first; a project of
    // their own runs that build only when one of them is selected.
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: SITE_TESTS },
      },
      {
        extends: true,
        test: { name: "site", include: SITE_TESTS, globalSetup: ["test/site/global-setup.ts"] },
      },
    ],
  },
});
