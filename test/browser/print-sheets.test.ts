import { describe, expect, it } from "vitest";
import type { LessonRecord } from "../../generator/records/lesson-record.ts";
import { sheetLayout } from "../../src/lib/sheet-grid.ts";
import { screenshot, sessionForSuite } from "./site-browser.ts";

/** Pages in a PDF: Chromium writes one `/Type /Page` object per page. */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe("printed sheets and keys", () => {
  const session = sessionForSuite();

  for (const format of ["A4", "Letter"] as const) {
    it(`prints a lesson's sheets and keys one track a page on ${format}`, async () => {
      const page = await session().browser.newPage();
      for (const path of ["lessons/02/sheets/", "lessons/02/keys/"]) {
        await page.goto(session().url(path));
        const tracks = await page.locator("section.sheet").count();
        expect(tracks).toBe(3);
        const pdf = await page.pdf({ format, printBackground: true });
        expect(countPdfPages(pdf)).toBe(tracks);
      }
    });

    it(`prints the whole course one track a page on ${format}`, async () => {
      const page = await session().browser.newPage();
      await page.goto(session().url("sheets/"));
      expect(countPdfPages(await page.pdf({ format }))).toBe(9);
    });
  }

  it("shrinks the rows of the longest drill to keep it on one page of either paper", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/01/keys/"));
    // A 28-minute drill of groups of three has 63 rows; grow the first grid
    // to that instead of rendering half an hour of audio in the test.
    await page
      .locator("section.sheet .grid")
      .first()
      .evaluate((grid: HTMLElement) => {
        const row = grid.querySelector("li")!;
        for (let i = 1; i < 63; i++) grid.append(row.cloneNode(true));
        grid.style.setProperty("--rows", "63");
      });
    expect(countPdfPages(await page.pdf({ format: "A4" }))).toBe(3);
    expect(countPdfPages(await page.pdf({ format: "Letter" }))).toBe(3);
  });

  it("fits a row of 25 single-character groups into A4's printable width", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/01/keys/"));
    await page.emulateMedia({ media: "print" });
    // 186 mm (A4 less the 12 mm margins) at 96 CSS pixels to the inch.
    await page.setViewportSize({ width: Math.floor((186 / 25.4) * 96), height: 1000 });
    const layout = sheetLayout({ groupSize: 1, groupsPerRow: 25 } as LessonRecord);
    const overflowPx = await page
      .locator("section.sheet .grid")
      .first()
      .evaluate((grid: HTMLElement, { boxMm, groupGapMm }) => {
        grid.style.setProperty("--box-width", `${boxMm}mm`);
        grid.style.setProperty("--group-gap", `${groupGapMm}mm`);
        const groups = grid.querySelector(".row .groups")!;
        const box = groups.querySelector(".box")!;
        groups.replaceChildren(
          ...Array.from({ length: 25 }, () => {
            const group = document.createElement("span");
            group.className = "group";
            group.append(box.cloneNode(true));
            return group;
          }),
        );
        return groups.getBoundingClientRect().right - grid.getBoundingClientRect().right;
      }, layout);
    expect(overflowPx).toBeLessThanOrEqual(0);
  });

  it("leaves the site's header, footer and introduction off the paper", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/01/keys/"));
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".site-footer").isVisible()).toBe(false);
    expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(false);
    await screenshot(page, "keys-print");
    expect(session().browser.errors).toEqual([]);
  });
});
