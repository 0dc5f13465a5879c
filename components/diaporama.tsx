import type { ImageRef } from "@/lib/content/types";
import { responsiveImage } from "@/lib/images/responsive";
import { DiaporamaClient, type Slide } from "./diaporama-client";

/** The slideshow of an article with several `une-ou-diaporama` images. */
export async function Diaporama({ images, label = "Diaporama" }: { images: ImageRef[]; label?: string }) {
  const slides: Slide[] = await Promise.all(
    images.map(async (image) => ({ ...(await responsiveImage(image.src)), alt: image.alt, caption: image.caption })),
  );
  return <DiaporamaClient slides={slides} label={label} />;
}
