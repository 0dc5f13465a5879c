"use client";

import { useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";

export type Slide = { src: string; alt: string; caption?: ReactNode; width?: number; height?: number; webpSrcSet?: string };

/**
 * Without JavaScript every slide is listed; with it, one slide shows at a time, moved by
 * buttons or the arrow keys, its position announced (« 2 / 5 »). It never moves by itself.
 */
const noSubscription = () => () => {};

export function DiaporamaClient({ slides, label }: { slides: Slide[]; label: string }) {
  // False in the server HTML (all slides listed), true once JavaScript runs in the browser.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [current, setCurrent] = useState(0);

  const go = (delta: number) => {
    setCurrent((c) => (c + delta + slides.length) % slides.length);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowRight") go(1);
    else if (event.key === "ArrowLeft") go(-1);
    else return;
    event.preventDefault();
  };

  return (
    <section aria-roledescription="carrousel" aria-label={label} className="diaporama my-6" onKeyDown={enhanced ? onKeyDown : undefined}>
      <ul className={enhanced ? "" : "space-y-6"}>
        {slides.map((slide, i) => (
          <li
            key={slide.src + i}
            hidden={enhanced && i !== current}
            aria-roledescription="diapositive"
            aria-label={`${i + 1} sur ${slides.length}`}
          >
            <figure>
              <picture>
                {slide.webpSrcSet ? <source type="image/webp" srcSet={slide.webpSrcSet} sizes="(min-width: 48rem) 48rem, 100vw" /> : null}
                { }
                <img
                src={slide.src}
                alt={slide.alt}
                width={slide.width}
                height={slide.height}
                loading={i === 0 ? "eager" : "lazy"}
                fetchPriority={i === 0 ? "high" : undefined}
                decoding="async"
                  className="h-auto w-full bg-bg-alt"
                />
              </picture>
              {slide.caption ? <figcaption className="mt-2 text-sm text-muted">{slide.caption}</figcaption> : null}
            </figure>
          </li>
        ))}
      </ul>
      {enhanced ? (
        <div className="mt-3 flex items-center justify-center gap-4">
          <button type="button" onClick={() => go(-1)} className="border border-brand px-4 py-2 text-brand hover:bg-brand-soft">
            <span aria-hidden="true">‹ </span>Image précédente
          </button>
          <p aria-live="polite" className="min-w-16 text-center font-semibold tabular-nums">
            <span className="sr-only">Image </span>
            {current + 1} / {slides.length}
          </p>
          <button type="button" onClick={() => go(1)} className="border border-brand px-4 py-2 text-brand hover:bg-brand-soft">
            Image suivante<span aria-hidden="true"> ›</span>
          </button>
        </div>
      ) : null}
    </section>
  );
}
