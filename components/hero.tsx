import type { ImageRef } from "@/lib/content/types";
import { ContentImage } from "./content-image";

/** The article's lead image (`une-ou-diaporama[0]` or `une`), loaded first. */
export function Hero({ image }: { image: ImageRef }) {
  return (
    <figure className="hero my-6">
      <ContentImage src={image.src} alt={image.alt} priority sizes="(min-width: 48rem) 48rem, 100vw" className="h-auto w-full bg-bg-alt" />
      {image.caption ? <figcaption className="mt-2 text-sm text-muted">{image.caption}</figcaption> : null}
    </figure>
  );
}
