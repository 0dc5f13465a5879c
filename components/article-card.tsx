import Link from "next/link";
import { plainText, truncate } from "@/lib/content/excerpt";
import type { Article } from "@/lib/content/types";
import { ContentImage } from "./content-image";
import { FormattedDate } from "./formatted-date";
import { UnpublishedBadge } from "./unpublished";

type ArticleCardProps = { article: Article; large?: boolean; headingLevel?: 2 | 3 };

/** A card in a listing: image, section or category, title, date and the start of the lede. */
export function ArticleCard({ article, large = false, headingLevel = 2 }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const;
  const href = article.redirectTo ?? article.url;
  const external = /^[a-z]+:/i.test(href);
  const kicker = article.categories[0]?.label ?? article.section.label;
  const lede = truncate(plainText(article.chapeau), large ? 320 : 160);
  return (
    <article className={`relative flex flex-col border-b-4 border-brand bg-bg-alt ${large ? "md:flex-row" : ""}`}>
      {article.hero ? (
        <div className={`overflow-hidden bg-line ${large ? "md:w-3/5" : ""}`}>
          <ContentImage
            src={article.hero.src}
            alt=""
            priority={large}
            sizes={large ? "(min-width: 768px) 60vw, 100vw" : "(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw"}
            className="aspect-[16/9] h-auto w-full object-cover"
          />
        </div>
      ) : null}
      <div className={`flex flex-1 flex-col gap-2 p-5 ${large ? "md:p-8" : ""}`}>
        <p className="order-first text-sm font-semibold text-muted">
          <UnpublishedBadge article={article} />
          {kicker}
        </p>
        <Heading className={`font-bold leading-snug ${large ? "text-2xl md:text-3xl" : "text-lg"}`}>
          {external ? (
            <a href={href} className="text-fg no-underline after:absolute after:inset-0 hover:underline">
              {article.title}
              <span className="sr-only"> (lien externe)</span>
            </a>
          ) : (
            <Link href={href} prefetch={false} className="text-fg no-underline after:absolute after:inset-0 hover:underline">
              {article.title}
            </Link>
          )}
        </Heading>
        {article.date ? (
          <p className="text-sm text-muted">
            <FormattedDate date={article.date} />
          </p>
        ) : null}
        {lede ? <p className={large ? "text-lg" : "text-base"}>{lede}</p> : null}
      </div>
    </article>
  );
}
