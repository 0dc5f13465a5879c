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
};

function pixels(value: string | number | undefined): number | undefined {
  const m = /^\s*(\d+)\s*(?:px)?\s*$/i.exec(String(value ?? ""));
  return m ? Number(m[1]) : undefined;
}

/** An image from content, with its intrinsic size so the page does not shift while it loads. */
export async function ContentImage({ src, alt, width, height, title, priority, className, sizes }: ContentImageProps) {
  if (!src) return null;
  const known = await imageDimensions(src);
  // `width="20%"` is a share of the column, not 20 pixels: only pixel sizes are taken.
  const w = pixels(width) || known?.width;
  const h = pixels(height) || (known && w ? Math.round((known.height * w) / known.width) : undefined);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are produced by the image step, not next/image
    <img
      src={src}
      alt={alt ?? ""}
      title={title}
      width={w}
      height={h}
      sizes={sizes}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
}
