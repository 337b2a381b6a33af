import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";

interface FeedItem {
  title: string;
  description: string;
  enclosure: { "@_url": string; "@_length": string; "@_type": string };
  guid: { "#text": string; "@_isPermaLink": string };
  pubDate: string;
  "itunes:duration": string;
  "itunes:season": string;
  "itunes:episode": string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === "item",
});

async function readFeed(outDir: string) {
  const text = await readFile(join(outDir, "podcast.xml"), "utf8");
  return { text, rss: parser.parse(text).rss };
}

describe("podcast.xml", () => {
  const build = inject("siteBuild");
  const rebuild = inject("siteRebuild");
  let feed: Awaited<ReturnType<typeof readFeed>>;
  let items: FeedItem[];

  beforeAll(async () => {
    feed = await readFeed(build.outDir);
    items = feed.rss.channel.item ?? [];
  });

  it("declares RSS 2.0 with the iTunes namespace", () => {
    expect(feed.rss["@_version"]).toBe("2.0");
    expect(feed.rss["@_xmlns:itunes"]).toBe("http://www.itunes.com/dtds/podcast-1.0.dtd");
  });

  it("has the channel tags podcast directories require", () => {
    const channel = feed.rss.channel;
    expect(channel.title).toBe("Fixture Koch Course");
    expect(channel.description).toBe("A tiny course the site tests build: three short lessons.");
    expect(channel.link).toBe("https://example.org/morse/");
    expect(channel.language).toBe("en");
    expect(channel["itunes:author"]).toBe("Test Author");
    expect(channel["itunes:explicit"]).toBe("false");
    expect(channel["itunes:category"]["@_text"]).toBe("Education");
    expect(channel["itunes:image"]["@_href"]).toBe("https://example.org/morse/cover.png");
    expect(channel.image.url).toBe("https://example.org/morse/cover.png");
  });

  it("has one episode per MP3 track, with the answer key in its description", async () => {
    const records = await Promise.all(
      ["01", "02", "03"].map(async (slug) =>
        JSON.parse(await readFile(join(build.lessonsDir, `${slug}.json`), "utf8")),
      ),
    );
    const tracks = records.flatMap((record) => record.tracks);
    expect(items).toHaveLength(tracks.length);
    items.forEach((item, i) => {
      expect(item.description).toContain(`Answer key: ${tracks[i].text}`);
      expect(item["itunes:duration"]).toMatch(/^\d+:\d{2}$/);
    });
    expect(items.map((item) => `${item["itunes:season"]}.${item["itunes:episode"]}`)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "2.1",
      "2.2",
      "2.3",
      "3.1",
      "3.2",
      "3.3",
    ]);
  });

  it("gives each enclosure an absolute URL, the MP3 type and the file's exact size", async () => {
    for (const item of items) {
      const url = item.enclosure["@_url"];
      expect(url).toMatch(/^https:\/\/example\.org\/morse\/audio\/\d{2}\/[a-z0-9-]+\.mp3$/);
      expect(item.enclosure["@_type"]).toBe("audio/mpeg");
      const path = join(build.outDir, url.replace("https://example.org/morse/", ""));
      expect(Number(item.enclosure["@_length"])).toBe((await stat(path)).size);
    }
  });

  it("dates episodes from the course file, a day a lesson, never from the build clock", () => {
    expect(items[0]!.pubDate).toBe("Mon, 02 Feb 2026 00:00:00 +0000");
    expect(items[1]!.pubDate).toBe("Mon, 02 Feb 2026 01:00:00 +0000");
    expect(items[3]!.pubDate).toBe("Tue, 03 Feb 2026 00:00:00 +0000");
  });

  it("keeps GUIDs unique and stable across two builds", async () => {
    const guids = items.map((item) => item.guid["#text"]);
    expect(new Set(guids).size).toBe(guids.length);
    expect(items[0]!.guid["@_isPermaLink"]).toBe("false");
    const second = await readFeed(rebuild.outDir);
    expect(second.rss.channel.item.map((item: FeedItem) => item.guid["#text"])).toEqual(guids);
    expect(second.text).toBe(feed.text);
  });

  it("is linked from the head of every page", async () => {
    for (const page of ["index.html", "lessons/01/index.html", "sheets/index.html"]) {
      const html = await readFile(join(build.outDir, page), "utf8");
      expect(html).toContain(
        '<link rel="alternate" type="application/rss+xml" title="Fixture Koch Course (podcast)" ' +
          'href="/morse/podcast.xml">',
      );
    }
  });
});
