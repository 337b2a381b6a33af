import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionForSuite } from "./site-browser.ts";

const require = createRequire(import.meta.url);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("accessibility", () => {
  const session = sessionForSuite();
  let axeSource: string;

  beforeAll(async () => {
    axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  });

  for (const path of ["", "lessons/01/", "lessons/03/", "lessons/01/sheets/", "keys/"]) {
    it(`finds no serious axe-core violations on /morse/${path}`, async () => {
      const page = await session().browser.newPage();
      await page.goto(session().url(path));
      expect(await seriousViolations(page, axeSource)).toEqual([]);
    });
  }

  it("keeps the reveal open for axe too, so the revealed text is checked", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/02/"));
    await page.locator("details.reveal").evaluate((details: HTMLDetailsElement) => {
      details.open = true;
    });
    expect(await seriousViolations(page, axeSource)).toEqual([]);
    expect(session().browser.errors).toEqual([]);
  });

  it("has a skip link to the main landmark as the first stop of the keyboard", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/01/"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });
});
