/**
 * Pages at the narrowest width WCAG's reflow rule asks for, 320 CSS
 * pixels: nothing may need scrolling sideways, sheets and keys included.
 */
import { describe, expect, it } from "vitest";
import { screenshot, sessionForSuite } from "./site-browser.ts";

const PATHS = ["", "lessons/01/", "lessons/03/", "lessons/02/sheets/", "lessons/02/keys/", "keys/"];

describe("phone layout", () => {
  const session = sessionForSuite();

  for (const path of PATHS) {
    it(`fits /morse/${path} into 320 pixels without sideways scrolling`, async () => {
      const page = await session().browser.newPage();
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(session().url(path));
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      await screenshot(page, `phone-${path.replaceAll("/", "-") || "home"}`);
    });
  }
});
