import { responsiveImage } from "@/lib/images/responsive";

type ContentImageProps = {
  src?: string;
  alt?: string;
  /** Sizes written by the content (`<img width="400">`, `{: width="200px"}`). */
  width?: string | number;
  height?: string | number;
  title?: string;
  /** The hero image: loaded first and never lazily. */
  priority?: boolean;
  className?: string;
  /** How wide the image shows, for the browser to pick a variant (`(min-width: 768px) 50vw, 100vw`). */
  sizes?: string;
};

function pixels(value: string | number | undefined): number | undefined {
  const m = /^\s*(\d+)\s*(?:px)?\s*$/i.exec(String(value ?? ""));
  return m ? Number(m[1]) : undefined;
}

/**
 * An image from content: WebP variants at several widths with the original as fallback,
 * explicit width and height (no layout shift), lazy unless it is the hero.
 */
export async function ContentImage({ src, alt, width, height, title, priority, className, sizes }: ContentImageProps) {
  if (!src) return null;
  const image = await responsiveImage(src);
  // `width="20%"` is a share of the column, not 20 pixels: only pixel sizes are taken.
  const askedWidth = pixels(width);
  const askedHeight = pixels(height);
  const w = askedWidth ?? image.width;
  const h =
    askedHeight ?? (image.width && image.height && w ? Math.round((image.height * w) / image.width) : image.height);
  const shownSizes = askedWidth ? `${askedWidth}px` : (sizes ?? "(min-width: 48rem) 48rem, 100vw");
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- variants come from scripts/publish-uploads.ts in both deployment modes
    <img
      src={image.src}
      alt={alt ?? ""}
      title={title}
      width={w}
      height={h}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding={priority ? "sync" : "async"}
      className={className}
    />
  );
  if (!image.webpSrcSet) return img;
  return (
    <picture>
      <source type="image/webp" srcSet={image.webpSrcSet} sizes={shownSizes} />
      {img}
    </picture>
  );
}
