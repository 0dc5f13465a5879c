/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
import type { Feed } from "./feed";

export function renderJsonFeed(feed: Feed): string {
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      home_page_url: feed.homePage,
      feed_url: feed.urls.json,
      description: feed.description,
      language: feed.language,
      items: feed.items.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        ...(item.summary ? { summary: item.summary } : {}),
        content_html: item.contentHtml,
        ...(item.image ? { image: item.image.url } : {}),
        date_published: item.published.toISOString(),
        date_modified: item.updated.toISOString(),
        authors: [{ name: item.author }],
        tags: item.categories.map((c) => c.label),
      })),
    },
    null,
    2,
  );
}
