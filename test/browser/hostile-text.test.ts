/**
 * Every page of the hostile course in Chromium: the course texts show as
 * text, never as markup. No dialog opens (an executed `alert`), no element
 * the texts spell out appears, and titles read as written.
 */
import { readdir } from "node:fs/promises";
import { relative } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { HOSTILE_COURSE_TEXT as HOSTILE } from "../helpers/hostile.ts";
import { sessionForSuite } from "./site-browser.ts";

const build = inject("hostileBuild");

/** The site's pages below the base path: `""`, `lessons/01/`, … */
async function pagePaths(): Promise<string[]> {
  const entries = await readdir(build.outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.name === "index.html")
    .map((entry) => relative(build.outDir, entry.parentPath))
    .map((dir) => (dir === "" ? "" : `${dir}/`))
    .sort();
}

/** `document.title` strips and collapses ASCII whitespace. */
const collapsed = (text: string) => text.replace(/[\t\n\f\r ]+/g, " ").trim();

/** HTML turns CR LF and lone CR into LF before it parses anything. */
const htmlNewlines = (text: string) => text.replace(/\r\n?/g, "\n");

describe("hostile course texts in the browser", () => {
  const session = sessionForSuite({ build });
  let paths: string[];

  beforeAll(async () => {
    paths = await pagePaths();
  });

  it("builds every page", () => {
    expect(paths).toEqual([
      "",
      "keys/",
      "lessons/01/",
      "lessons/01/keys/",
      "lessons/01/sheets/",
      "lessons/02/",
      "lessons/02/keys/",
      "lessons/02/sheets/",
      "sheets/",
    ]);
  });

  it("shows the title, author and licence as text on every page, running no script of theirs", async () => {
    const page = await session().browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    const title = collapsed(HOSTILE.title);
    for (const path of paths) {
      await page.goto(session().url(path));
      const seen = await page.evaluate(() => ({
        title: document.title,
        heading: document.querySelector("h1")?.textContent ?? "",
        siteName: document.querySelector(".site-name")?.textContent,
        footer: [...document.querySelectorAll(".site-footer bdi")].map((e) => e.textContent),
        injected: document.querySelectorAll("b, img, evil, iframe, object, embed").length,
        scriptsWithAlert: [...document.scripts].filter((s) => s.text.includes("alert(")).length,
      }));
      expect(seen.title, path).toBe(path === "" ? title : `${collapsed(seen.heading)} · ${title}`);
      expect(seen.siteName, path).toBe(HOSTILE.title);
      expect(seen.footer, path).toEqual([HOSTILE.title, HOSTILE.author, HOSTILE.license]);
      expect(seen.injected, path).toBe(0);
      expect(seen.scriptsWithAlert, path).toBe(0);
    }
    expect(dialogs).toEqual([]);
    expect(session().browser.errors).toEqual([]);
  });

  it("keeps the description's line breaks on the home page", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url(""));
    const description = page.locator(".course-description");
    expect(await description.textContent()).toBe(htmlNewlines(HOSTILE.description));
    expect(await description.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe("pre-line");
    expect(await page.locator("h1").textContent()).toBe(HOSTILE.title);
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toBe(
      htmlNewlines(HOSTILE.description),
    );
  });

  it("names the course in each sheet's heading, isolated from the words after it", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/01/keys/"));
    const titles = await page.locator("section.sheet h2 bdi").allTextContents();
    expect(titles).toEqual([HOSTILE.title, HOSTILE.title]);
  });
});
