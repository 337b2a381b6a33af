/**
 * Launches Debian's Chromium through playwright-core, headless, with a fresh
 * profile, and collects console errors so every test can assert none.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Where `.ci/run` installs Chromium. */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A browser with a throwaway profile. */
export interface TestBrowser {
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen on any page so far. */
  errors: string[];
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

/** Starts Chromium; `javaScriptEnabled: false` checks the pages without scripts. */
export async function launchChromium(options: { javaScriptEnabled?: boolean } = {}) {
  const profile = await mkdtemp(join(tmpdir(), "koch-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1024, height: 800 },
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  const browser: TestBrowser = {
    context,
    errors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return browser;
}
