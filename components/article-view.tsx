import Link from "next/link";
import type { Article } from "@/lib/content/types";
import { renderArticleBody, renderChapeau } from "@/lib/markdown/article-body";
import { RenderError } from "@/lib/markdown/render";
import { categoryUrl, sectionUrl } from "@/lib/urls";
import { Breadcrumb } from "./breadcrumb";
import { ContentErrorView } from "./content-error";
import { Diaporama } from "./diaporama";
import { EventDetails } from "./event-details";
import { EventJsonLd } from "./event-json-ld";
import { FileList } from "./file-list";
import { FormattedDate } from "./formatted-date";
import { Hero } from "./hero";
import { PressContact } from "./press-contact";
import { TagList } from "./tag-list";

/** A whole article page: header, lede, images, body, attachments, contact and tags. */
export async function ArticleView({ article }: { article: Article }) {
  const [body, chapeau] = await Promise.all([renderArticleBody(article), renderChapeau(article)]);
  if (body instanceof RenderError || chapeau instanceof RenderError) {
    const errors = [body, chapeau].filter((r): r is RenderError => r instanceof RenderError);
    return <ContentErrorView file={article.displayPath} issues={errors.map((e) => e.issue)} />;
  }
  const category = article.categories[0];
  return (
    <article lang={article.lang && article.lang !== "fr" ? article.lang : undefined}>
      <Breadcrumb items={[{ label: article.section.label, href: sectionUrl(article.section) }, { label: article.title }]} />
      <header>
        <p className="mb-2 text-sm font-semibold text-muted">
          <Link href={sectionUrl(article.section)} className="text-muted">
            {article.section.label}
          </Link>
          {category ? (
            <>
              <span aria-hidden="true"> · </span>
              <Link href={categoryUrl(category.slug)} className="text-muted">
                {category.label}
              </Link>
            </>
          ) : null}
        </p>
        <h1 className="text-3xl font-bold leading-tight md:text-4xl">{article.title}</h1>
        {article.subtitle ? <p className="mt-2 text-xl text-muted">{article.subtitle}</p> : null}
        <p className="mt-4 text-sm text-muted">
          Publié le <FormattedDate date={article.date} />
          {article.updated ? (
            <>
              {", mis à jour le "}
              <FormattedDate date={article.updated} />
            </>
          ) : null}
          {article.author ? <>{` · Par ${article.author}`}</> : null}
        </p>
      </header>
      {chapeau ? <div className="chapeau prose prose-lg mt-6 max-w-none font-semibold">{chapeau}</div> : null}
      {article.slides.length > 1 ? (
        <Diaporama images={article.slides} label={`Diaporama : ${article.title}`} />
      ) : article.hero ? (
        <Hero image={article.hero} />
      ) : null}
      {article.event ? <EventDetails event={article.event} /> : null}
      {article.event ? <EventJsonLd article={article} /> : null}
      <div className="article-body prose prose-lg mt-8 max-w-none">{body}</div>
      <FileList files={article.files} />
      {article.pressContact ? <PressContact contact={article.pressContact} /> : null}
      <TagList tags={article.tags} />
    </article>
  );
}
