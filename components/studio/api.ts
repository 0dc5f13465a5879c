/**
 * The studio page's requests to its routes (app/studio/api/[action]/route.dev.ts): same origin,
 * with the session token the page was given.
 */
import { TOKEN_HEADER } from "@/lib/studio/token-header";
import { withBasePath } from "@/lib/urls";

/**
 * `next dev` rewrites a manifest of its own in place (not atomically) whenever the list of the
 * site's addresses changes, as it does when an article is created, renamed or deleted; a request
 * that reads it at that moment answers 500 before reaching the studio's code (« Unexpected end of
 * JSON input », next/dist/server/dev/next-dev-server.js). Such an answer is asked again once: the
 * request did nothing, and a save carries the version it read, so a repeat can never overwrite.
 */
const SECOND_TRY_AFTER_MS = 300;
const pause = () => new Promise((resolve) => setTimeout(resolve, SECOND_TRY_AFTER_MS));

export async function studioRequest<T>(token: string, action: string, body?: unknown): Promise<{ status: number; data: T }> {
  const init: RequestInit = { method: "POST", headers: { [TOKEN_HEADER]: token }, credentials: "same-origin" };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] = "application/json";
  }
  const url = withBasePath(`/studio/api/${action}/`);
  let response = await fetch(url, init);
  if (response.status >= 500) {
    await pause();
    response = await fetch(url, init);
  }
  const data = (await response.json().catch(() => ({ message: `réponse illisible (${response.status})` }))) as T;
  return { status: response.status, data };
}

/**
 * The same for a server function (« Aperçu »), which fails by throwing: it only reads, so a repeat
 * is harmless. Not repeated once `stillWanted` says a newer one was asked for (server functions
 * run one at a time: a stale repeat would hold the newer one back).
 */
export async function askAgainOnce<T>(call: () => Promise<T>, stillWanted: () => boolean = () => true): Promise<T> {
  try {
    return await call();
  } catch (error) {
    await pause();
    if (!stillWanted()) throw error;
    return call();
  }
}

export const editUrl = (path: string) => `/studio/modifier/?fichier=${encodeURIComponent(path)}`;
