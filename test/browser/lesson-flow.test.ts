import { describe, expect, it } from "vitest";
import { fixtureRecord, screenshot, sessionForSuite } from "./site-browser.ts";

describe("home, lesson and player", () => {
  const session = sessionForSuite();

  it("goes from the home page to a lesson whose player reports the track's duration", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url(""));
    await screenshot(page, "home");
    expect(await page.title()).toBe("Fixture Koch Course");
    await page.getByRole("link", { name: "Lesson 2", exact: true }).click();
    await page.waitForURL(/\/morse\/lessons\/02\/$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Lesson 2");

    const record = await fixtureRecord(2);
    const drill = record.tracks.find((track) => track.id === "drill-1")!;
    const player = page.locator('audio[data-track="drill-1"]');
    expect(await player.getAttribute("preload")).toBe("none");
    const durationSeconds = await player.evaluate(
      (audio: HTMLAudioElement) =>
        new Promise<number>((resolve, reject) => {
          audio.addEventListener("loadedmetadata", () => resolve(audio.duration), { once: true });
          audio.addEventListener("error", () => reject(new Error("audio error")), { once: true });
          audio.load();
        }),
    );
    // The MP3 carries encoder delay and padding (a few frames), so allow a little.
    expect(durationSeconds).toBeGreaterThan(drill.durationSeconds - 0.2);
    expect(durationSeconds).toBeLessThan(drill.durationSeconds + 0.3);
    await screenshot(page, "lesson");
    expect(session().browser.errors).toEqual([]);
  });

  it("offers MP3 and WAV downloads with their sizes", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/01/"));
    const downloads = page.getByRole("list", { name: "Downloads for Drill 1" });
    const text = (await downloads.textContent()) ?? "";
    expect(text).toMatch(/MP3 audio \([\d.]+ kB\)/);
    expect(text).toMatch(/WAV audio \([\d.]+ kB\)/);
    expect(await downloads.getByRole("link", { name: "MP3 audio" }).getAttribute("href")).toBe(
      "/morse/audio/01/drill-1.mp3",
    );
  });

  it("moves between lessons with previous and next links", async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url("lessons/02/"));
    await page.getByRole("link", { name: "Next: lesson 3" }).click();
    await page.waitForURL(/lessons\/03\/$/);
    await page.getByRole("link", { name: "Previous: lesson 2" }).click();
    await page.waitForURL(/lessons\/02\/$/);
    expect(session().browser.errors).toEqual([]);
  });
});
