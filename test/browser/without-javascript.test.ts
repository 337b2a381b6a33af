import { describe, expect, it } from "vitest";
import { sessionForSuite } from "./site-browser.ts";

describe("without JavaScript", () => {
  const session = sessionForSuite({ javaScriptEnabled: false });

  it("still shows the players, downloads, reveal and sheets", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/01/"));
    expect(await page.locator("audio").count()).toBe(3);
    expect(await page.getByRole("link", { name: "WAV audio" }).count()).toBe(3);
    await page.getByText("Reveal the new characters").click();
    expect((await page.locator("[data-revealed]").textContent())?.trim()).toBe("K M");
    // The score entry needs a script to store anything, so it stays hidden.
    expect(await page.locator("form[data-score]").first().isVisible()).toBe(false);
    await page.getByRole("link", { name: "blank answer sheet" }).click();
    expect(await page.locator("section.sheet").count()).toBe(3);
  });
});
