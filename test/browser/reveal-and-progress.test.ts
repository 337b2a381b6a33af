import { describe, expect, it } from "vitest";
import { screenshot, sessionForSuite } from "./site-browser.ts";

describe("reveal and progress", () => {
  const session = sessionForSuite();

  it("reveals the new character with the keyboard alone", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/03/"));
    const revealed = page.locator("[data-revealed]");
    expect(await revealed.isVisible()).toBe(false);

    // Tab from the top of the page until the reveal has the focus.
    let focused = "";
    for (let presses = 0; presses < 30 && focused !== "SUMMARY"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.tagName ?? "");
    }
    expect(focused).toBe("SUMMARY");
    await page.keyboard.press("Enter");
    expect(await revealed.isVisible()).toBe(true);
    expect((await revealed.textContent())?.trim()).toBe("S");
    await screenshot(page, "lesson-revealed");
    expect(session().browser.errors).toEqual([]);
  });

  it("names no lesson's characters in the list until the learner asks", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url(""));
    const row = page.locator('tr[data-lesson="3"] td').first();
    expect(await row.innerText()).toBe("4 characters, one new");
    await page.getByLabel("Name the characters of every lesson").check();
    expect(await row.innerText()).toBe("4 characters, one new\nK M R and one new sound");
    expect(session().browser.errors).toEqual([]);
  });

  it("keeps a recorded score across a reload and shows it on the home page", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/01/"));
    const form = page.locator('form[data-track="drill-1"]');
    await form.getByLabel(/Your errors in Drill 1/).fill("0");
    await form.getByRole("button", { name: "Record score" }).click();
    const result = form.getByRole("status");
    expect(await result.textContent()).toMatch(/^0 errors, within the allowance .*move on/);
    expect(await page.locator("[data-lesson-status]").textContent()).toBe("Passed");

    await page.reload();
    expect(await form.getByLabel(/Your errors in Drill 1/).inputValue()).toBe("0");
    expect(await result.textContent()).toMatch(/^Last recorded: 0 errors/);
    expect(await page.locator("[data-lesson-status]").textContent()).toBe("Passed");

    await page.goto(session().url(""));
    const row = page.locator('tr[data-lesson="1"]');
    expect(await row.locator("[data-progress]").textContent()).toBe("Passed");
    expect(await page.locator("[data-progress-summary]").textContent()).toMatch(
      /passed up to lesson 1 of 3/,
    );
    const next = page.locator("a[data-next-lesson]");
    expect(await next.textContent()).toBe("Continue with lesson 2");
    expect(await next.getAttribute("href")).toBe("/morse/lessons/02/");
    await screenshot(page, "home-progress");
    expect(session().browser.errors).toEqual([]);
  });

  it("says to stay with a lesson when the errors exceed the allowance", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/02/"));
    const form = page.locator('form[data-track="drill-2"]');
    await form.getByLabel(/Your errors/).fill("5");
    await form.getByLabel(/Your errors/).press("Enter");
    expect(await form.getByRole("status").textContent()).toMatch(/over the allowance.*Stay/);
    expect(await page.locator("[data-lesson-status]").textContent()).toBe("Practising");
  });
});
