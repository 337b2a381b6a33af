/** The podcast feed, built from the course file and the lesson records. */
import type { APIRoute } from "astro";
import { buildPodcastFeed } from "../lib/podcast-feed.ts";
import { siteData } from "../lib/site-data.ts";

export const GET: APIRoute = async () => {
  const { course, records } = await siteData();
  return new Response(buildPodcastFeed({ settings: course.settings, records }), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
};
