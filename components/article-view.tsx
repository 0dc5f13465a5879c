import Link from "next/link";
import { plainText } from "@/lib/content/excerpt";
import { adjacentArticles, relatedArticles, visibilityOf } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { renderArticleBody, renderChapeau } from "@/lib/markdown/article-body";
import { readingMinutes, TOC_MIN_ENTRIES, wordCount } from "@/lib/markdown/outline";
import { RenderError } from "@/lib/markdown/render";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { socialImage } from "@/lib/seo/metadata";
import { frenchTypography } from "@/lib/text/french-typography";
import { absoluteUrl, categoryUrl, sectionUrl } from "@/lib/urls";
import { ArticlePager } from "./article-pager";
import { Breadcrumb } from "./breadcrumb";
import { ContentErrorView } from "./content-error";
import { Diaporama } from "./diaporama";
import { EventDetails } from "./event-details";
import { EventJsonLd } from "./event-json-ld";
import { FileList } from "./file-list";
import { FormattedDate } from "./formatted-date";
import { Hero } from "./hero";
import { JsonLd } from "./json-ld";
import { PressContact } from "./press-contact";
import { RelatedArticles } from "./related-articles";
import { ShareLinks } from "./share-links";
import { TableOfContents } from "./table-of-contents";
import { TagList } from "./tag-list";

/**
 * A whole article page: header, lede, images, table of contents, body, attachments, contact,
 * tags and share links; then the neighbouring and related articles.
 */
export async function ArticleView({ article }: { article: Article }) {
  const [body, chapeau, image] = await Promise.all([renderArticleBody(article), renderChapeau(article), socialImage(article)]);
  if (body instanceof RenderError || chapeau instanceof RenderError) {
    const errors = [body, chapeau].filter((r): r is RenderError => r instanceof RenderError);
    return <ContentErrorView file={article.displayPath} issues={errors.map((e) => e.issue)} />;
  }
  const category = article.categories[0];
  // The page around the article stays French; only the article's own words take its language.
  const lang = article.lang && !/^fr\b/i.test(article.lang) ? article.lang : undefined;
  const sections = body.summary.outline;
  const minutes = readingMinutes(body.summary.words + wordCount(plainText(article.chapeau)));
  const { previous, next } = adjacentArticles(article);
  // Only published articles go into the search index, whatever the build shows.
  const searchable = visibilityOf(article) === "published";
  return (
    <div className="mx-auto max-w-3xl">
      <article data-pagefind-body={searchable ? "" : undefined}>
        <Breadcrumb items={[{ label: article.section.label, href: sectionUrl(article.section) }, { label: article.title }]} />
        <header>
          <p className="mb-2 text-sm font-semibold text-muted" data-pagefind-ignore="">
            <Link href={sectionUrl(article.section)} prefetch={false} className="text-muted" data-pagefind-meta="section">
              {article.section.label}
            </Link>
            {category ? (
              <>
                <span aria-hidden="true"> · </span>
                <Link href={categoryUrl(category.slug)} prefetch={false} className="text-muted">
                  {category.label}
                </Link>
              </>
            ) : null}
          </p>
          <h1 className="text-3xl font-bold leading-tight md:text-4xl" lang={lang}>
            {lang ? article.title : frenchTypography(article.title)}
          </h1>
          {article.subtitle ? (
            <p className="mt-2 text-xl text-muted" lang={lang}>
              {article.subtitle}
            </p>
          ) : null}
          <p className="mt-4 text-sm text-muted" data-pagefind-ignore="">
            {/* An undated page shows no date: only when it changed, if its front matter says so. */}
            {article.date ? (
              <>
                Publié le{" "}
                <span data-pagefind-meta="date">
                  <FormattedDate date={article.date} />
                </span>
              </>
            ) : null}
            {article.updated ? (
              <>
                {article.date ? ", mis à jour le " : "Mis à jour le "}
                <FormattedDate date={article.updated} />
              </>
            ) : null}
            {article.date || article.updated ? " · " : null}
            {article.author ? `Par ${article.author} · ` : null}
            {`${minutes}\u00a0min de lecture`}
          </p>
        </header>
        {chapeau ? (
          <div className="chapeau prose prose-lg mt-6 max-w-none font-semibold" lang={lang}>
            {chapeau}
          </div>
        ) : null}
        {article.slides.length > 1 ? (
          <Diaporama article={article} label={`Diaporama : ${article.title}`} />
        ) : article.hero ? (
          <Hero article={article} image={article.hero} />
        ) : null}
        {article.event ? <EventDetails article={article} event={article.event} /> : null}
        {article.event ? <EventJsonLd article={article} /> : null}
        {sections.length >= TOC_MIN_ENTRIES ? <TableOfContents entries={sections} lang={lang} /> : null}
        <div className="article-body prose prose-lg mt-8 max-w-none" lang={lang}>
          {body.content}
        </div>
        <FileList files={article.files} />
        {article.pressContact ? <PressContact article={article} contact={article.pressContact} /> : null}
        <TagList tags={article.tags} />
        <ShareLinks url={absoluteUrl(article.url)} title={article.title} />
      </article>
      <ArticlePager previous={previous} next={next} sectionLabel={article.section.label} />
      <RelatedArticles articles={relatedArticles(article)} />
      <p className="back-to-top mt-8 text-right">
        <a href="#contenu">Retour en haut</a>
      </p>
      <JsonLd data={articleJsonLd(article, image)} />
    </div>
  );
}
