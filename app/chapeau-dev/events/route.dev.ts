/**
 * The live preview's event stream (development only: `*.dev.ts` files are routes only under
 * `next dev`, see next.config.ts). Each burst of changes in the content folder sends one
 * `change` event; the page open in the browser then refreshes its data in place.
 */
import { contentDir } from "@/lib/content/load";
import { contentChanges, subscribeToContent } from "@/lib/content/watch";
import { draftsUrl, withBasePath } from "@/lib/urls";

export const dynamic = "force-dynamic";

// A comment line now and then keeps proxies from closing a quiet stream.
const KEEP_ALIVE_MS = 20_000;

/**
 * `next dev` remembers the paths of the catch-all route and refreshes them only once that route
 * is asked for a page: asking it after each change means a new article opens on the first click.
 * One request for a change however many pages are open (each one's stream hears it), and one
 * more if files changed again while it was under way.
 */
const REFRESH_TIMEOUT_MS = 15_000;
let lastVersion: number | undefined;
let running = false;
let again = false;
async function refreshPaths(url: URL, version: number): Promise<void> {
  if (version === lastVersion) return;
  lastVersion = version;
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      // Bounded: a request that never answers must not hold back every later refresh.
      await fetch(url, { signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS) }).catch(() => undefined);
    } while (again);
  } finally {
    running = false;
  }
}

export function GET(request: Request): Response {
  if (process.env.NODE_ENV !== "development") return new Response(null, { status: 404 });
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const dir = contentDir();
      const unsubscribe = subscribeToContent(dir, (files) => {
        // The version a page must be rendered from to show this change (see components/live-preview.tsx).
        const version = contentChanges(dir);
        void refreshPaths(new URL(withBasePath(draftsUrl), request.url), version);
        send(`event: change\ndata: ${JSON.stringify({ files, version })}\n\n`);
      });
      const keepAlive = setInterval(() => send(": en attente\n\n"), KEEP_ALIVE_MS);
      stop = () => {
        unsubscribe();
        clearInterval(keepAlive);
      };
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      });
      // `retry`: after a restart of `next dev`, browsers reconnect within half a second.
      send("retry: 500\nevent: ready\ndata: {}\n\n");
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: the dev server must not buffer the stream to compress it.
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
    },
  });
}
