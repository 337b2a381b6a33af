/**
 * URLs of the published site. The course file's `siteUrl` is the one source:
 * its origin is Astro's `site`, its path the base path, so the same build
 * works at a domain's root or in a sub-folder.
 */

/** Astro's `site` and `base` from the course's site URL. */
export function siteLocation(siteUrl: string): { site: string; base: string } {
  const url = new URL(siteUrl);
  const base = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { site: url.origin, base };
}

/** A path inside the site, below the base path: `withBase("/morse/", "lessons/01/")`. */
export function withBase(base: string, path: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, "")}`;
}

/** The absolute URL of a path inside the site, for the feed and the cover. */
export function absoluteUrl(siteUrl: string, path: string): string {
  const root = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  return new URL(path.replace(/^\/+/, ""), root).href;
}
