/** The course cover, drawn from the title at build time; the feed's image too. */
import type { APIRoute } from "astro";
import { drawCover } from "../lib/cover-image.ts";
import { siteData } from "../lib/site-data.ts";

export const GET: APIRoute = async () => {
  const { settings } = (await siteData()).course;
  return new Response(new Uint8Array(drawCover(settings.title, settings.author)), {
    headers: { "Content-Type": "image/png" },
  });
};
