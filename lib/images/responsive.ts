/** Everything a page needs to show an image of content without layout shift, at the right size. */
import { withBasePath } from "@/lib/urls";
import { imageDimensions } from "./dimensions";
import { srcSetFor } from "./variants";

export type ResponsiveImage = {
  src: string;
  width?: number;
  height?: number;
  /** WebP candidates (`/_images/…-640.webp 640w, …`), when the image build made them. */
  webpSrcSet?: string;
};

export async function responsiveImage(src: string): Promise<ResponsiveImage> {
  const variants = srcSetFor(src);
  if (variants) {
    return {
      src: withBasePath(src),
      width: variants.entry.width,
      height: variants.entry.height,
      webpSrcSet: variants.candidates.map((c) => `${withBasePath(c.url)} ${c.width}w`).join(", "),
    };
  }
  // An image added since the last image build (development): its size, no variants.
  const size = await imageDimensions(src);
  return { src: withBasePath(src), ...size };
}
