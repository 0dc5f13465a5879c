"use client";

import { useState } from "react";

type EmbedPlayerProps = { src: string; title: string; action: string };

/** Loads the third-party player only when the reader asks for it. */
export function EmbedPlayer({ src, title, action }: EmbedPlayerProps) {
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <iframe
        src={src}
        title={title}
        className="aspect-video w-full border-0"
        allow="autoplay; fullscreen; picture-in-picture; encrypted-media"
        referrerPolicy="strict-origin-when-cross-origin"
      />
    );
  }
  return (
    <button
      type="button"
      onClick={() => setOpen(true)}
      className="flex aspect-video w-full flex-col items-center justify-center gap-3 bg-fg p-4 text-center text-bg hover:opacity-90"
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 48 48" className="h-14 w-14">
        <circle cx="24" cy="24" r="23" fill="currentColor" opacity="0.2" />
        <path d="M19 15v18l15-9z" fill="currentColor" />
      </svg>
      <span className="font-semibold">{action}</span>
    </button>
  );
}
