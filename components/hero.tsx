import type { Article, ImageRef } from "@/lib/content/types";
import { renderArticleText } from "@/lib/markdown/article-body";
import { ContentImage } from "./content-image";

/** The article's lead image (`une-ou-diaporama[0]` or `une`), loaded first. */
export async function Hero({ article, image }: { article: Article; image: ImageRef }) {
  const caption = await renderArticleText(article, image.caption);
  return (
    <figure className="hero my-6">
      <ContentImage src={image.src} alt={image.alt} priority sizes="(min-width: 48rem) 48rem, 100vw" className="h-auto w-full bg-bg-alt" />
      {caption ? <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
