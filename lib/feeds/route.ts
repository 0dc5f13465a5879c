/**
 * The feed route handlers: each file under app/ that serves a feed is one line naming its scope
 * and format. Built once at build time (`force-static`), in server mode and in the static export.
 */
import { sections, tags } from "@/lib/content/queries";
import type { FeedFormat } from "@/lib/urls";
import { renderAtom } from "./atom";
import { buildFeed, type FeedScope } from "./feed";
import { renderJsonFeed } from "./json-feed";
import { renderRss } from "./rss";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

export async function feedResponse(scope: FeedScope, format: FeedFormat): Promise<Response> {
  const feed = await buildFeed(scope);
  if (!feed) return new Response("Flux introuvable", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const body = format === "rss" ? renderRss(feed) : format === "atom" ? renderAtom(feed) : renderJsonFeed(feed);
  return new Response(body, { headers: { "content-type": CONTENT_TYPES[format] } });
}

type Params<K extends string> = { params: Promise<Record<K, string>> };

export function siteFeed(format: FeedFormat) {
  return () => feedResponse({ kind: "site" }, format);
}

export function sectionFeed(format: FeedFormat) {
  return async (_request: Request, { params }: Params<"section">) => feedResponse({ kind: "section", path: (await params).section }, format);
}

export function sectionFeedParams(): { section: string }[] {
  return sections().map((s) => ({ section: s.path }));
}

export function tagFeed(format: FeedFormat) {
  return async (_request: Request, { params }: Params<"tag">) => feedResponse({ kind: "tag", slug: (await params).tag }, format);
}

export function tagFeedParams(): { tag: string }[] {
  return tags().map((t) => ({ tag: t.slug }));
}
