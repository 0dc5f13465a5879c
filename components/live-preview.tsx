"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { withBasePath } from "@/lib/urls";

// How many times a page that came back without a change asks again (a bound, so that a server
// that cannot say its version never makes the page refresh without end).
const RETRIES = 3;

/**
 * Development only: when a content file is saved, added, renamed or deleted, the page refreshes
 * its server-rendered data in place (scroll position and focus kept, no reload).
 *
 * `version` is the content version the page was rendered from (the server's count of changes
 * seen). A refresh already under way when the file changed (the dev server refreshes open pages
 * after it compiles) brings the page back as it was, and Next answers the new refresh with that
 * same response: while the page is older than the change it heard of, it asks again.
 */
export function LivePreview({ version }: { version: number }) {
  const router = useRouter();
  const wanted = useRef(0);
  const retries = useRef(0);
  useEffect(() => {
    const events = new EventSource(withBasePath("/chapeau-dev/events/"));
    events.addEventListener("change", (event) => {
      wanted.current = Math.max(wanted.current, versionIn(event.data));
      retries.current = 0;
      router.refresh();
    });
    return () => events.close();
  }, [router]);
  // After every render: the page is the refreshed one, or still an older one.
  useEffect(() => {
    if (version < wanted.current && retries.current < RETRIES) {
      retries.current++;
      router.refresh();
    }
  });
  return null;
}

function versionIn(data: string): number {
  try {
    const value: unknown = JSON.parse(data);
    return value && typeof value === "object" && "version" in value && typeof value.version === "number" ? value.version : 0;
  } catch {
    return 0;
  }
}
