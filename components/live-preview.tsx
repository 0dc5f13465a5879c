"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { withBasePath } from "@/lib/urls";

/**
 * Development only: when a content file is saved, added, renamed or deleted, the page refreshes
 * its server-rendered data in place (scroll position and focus kept, no reload).
 */
export function LivePreview() {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource(withBasePath("/chapeau-dev/events/"));
    events.addEventListener("change", () => router.refresh());
    return () => events.close();
  }, [router]);
  return null;
}
