/**
 * Shared set-up of the browser tests: the fixture build served on
 * 127.0.0.1 under its base path, a Chromium, and screenshots written to
 * `KOCH_SCREENSHOT_DIR` when it is set (to look at them, not to compare).
 */
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import type { LessonRecord } from "../../generator/records/lesson-record.ts";
import type { SiteBuild } from "../../scripts/site-build.ts";
import { launchChromium, type TestBrowser } from "./chromium.ts";
import { serveSite, type StaticSite } from "./static-server.ts";

/** A served site and a browser to look at it with. */
export interface BrowserSession {
  site: StaticSite;
  browser: TestBrowser;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** What to serve and how to browse it. */
export interface SessionOptions {
  javaScriptEnabled?: boolean;
  /** The build to serve; the fixture's first build when absent. */
  build?: SiteBuild;
}

/** Serves a build (the fixture's by default) and starts Chromium. */
export async function openSession(options: SessionOptions = {}) {
  const build = options.build ?? inject("siteBuild");
  const site = await serveSite(build.outDir, build.base);
  const browser = await launchChromium(options);
  const session: BrowserSession = {
    site,
    browser,
    url: (path) => `${site.homeUrl}${path}`,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
  return session;
}

/**
 * Opens a session before a suite's tests and closes it after them; the
 * suite reads it through the returned function once its tests run.
 */
export function sessionForSuite(options: SessionOptions | (() => SessionOptions) = {}) {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openSession(typeof options === "function" ? options() : options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return (): BrowserSession => {
    if (session === undefined) throw new Error("the browser session is not open");
    return session;
  };
}

/** A lesson record of the fixture build. */
export async function fixtureRecord(lesson: number): Promise<LessonRecord> {
  const path = join(inject("siteBuild").lessonsDir, `${String(lesson).padStart(2, "0")}.json`);
  return JSON.parse(await readFile(path, "utf8")) as LessonRecord;
}

/** Saves a full-page screenshot when `KOCH_SCREENSHOT_DIR` names a folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env["KOCH_SCREENSHOT_DIR"];
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
