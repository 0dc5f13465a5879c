import { imageDimensions } from "@/lib/images/dimensions";

type ContentImageProps = {
  src?: string;
  alt?: string;
  width?: string | number;
  height?: string | number;
  title?: string;
  /** The hero image: loaded first, never lazily. */
  priority?: boolean;
  className?: string;
  sizes?: string;
  srcSet?: string;
};

/** An image from content, with its intrinsic size so the page does not shift while it loads. */
export async function ContentImage({ src, alt, width, height, title, priority, className, sizes, srcSet }: ContentImageProps) {
  if (!src) return null;
  const known = await imageDimensions(src);
  const w = Number.parseInt(String(width ?? ""), 10) || known?.width;
  const h = Number.parseInt(String(height ?? ""), 10) || (known && w ? Math.round((known.height * w) / known.width) : undefined);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are produced by the image step, not next/image
    <img
      src={src}
      alt={alt ?? ""}
      title={title}
      width={w}
      height={h}
      // `sizes` only means something beside `srcset`, which this image does not have yet.
      sizes={srcSet ? sizes : undefined}
      srcSet={srcSet}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
}
