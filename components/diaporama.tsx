import type { Article } from "@/lib/content/types";
import { responsiveImage } from "@/lib/images/responsive";
import { renderArticleText } from "@/lib/markdown/article-body";
import { DiaporamaClient, type Slide } from "./diaporama-client";

/** The slideshow of an article with several `une-ou-diaporama` images. */
export async function Diaporama({ article, label = "Diaporama" }: { article: Article; label?: string }) {
  const slides: Slide[] = await Promise.all(
    article.slides.map(async (image) => ({
      ...(await responsiveImage(image.src)),
      alt: image.alt,
      caption: await renderArticleText(article, image.caption),
    })),
  );
  return <DiaporamaClient slides={slides} label={label} />;
}
