import type { ImageRef } from "@/lib/content/types";
import { imageDimensions } from "@/lib/images/dimensions";
import { withBasePath } from "@/lib/urls";
import { DiaporamaClient, type Slide } from "./diaporama-client";

/** The slideshow of an article with several `une-ou-diaporama` images. */
export async function Diaporama({ images, label = "Diaporama" }: { images: ImageRef[]; label?: string }) {
  const slides: Slide[] = await Promise.all(
    images.map(async (image) => ({
      src: withBasePath(image.src),
      alt: image.alt,
      caption: image.caption,
      ...(await imageDimensions(image.src)),
    })),
  );
  return <DiaporamaClient slides={slides} label={label} />;
}
