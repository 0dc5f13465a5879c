import { renderMarkdown } from "@/lib/markdown/render";
import { sitePageFile, sitePageSource, type SitePage } from "@/lib/site-pages";
import { Breadcrumb } from "./breadcrumb";

/** An institutional page (accessibility statement, legal notice…) from `site-pages/`. */
export async function SitePageView({ page }: { page: SitePage }) {
  const body = await renderMarkdown({
    source: sitePageSource(page),
    file: sitePageFile(page),
    firstLine: 1,
    options: { format: "md" },
  });
  return (
    <article className="max-w-3xl">
      <Breadcrumb items={[{ label: page.title }]} />
      <h1 className="text-3xl font-bold md:text-4xl">{page.title}</h1>
      <div className="article-body prose prose-lg mt-8 max-w-none">{body}</div>
    </article>
  );
}
