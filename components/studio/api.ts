/**
 * The studio page's requests to its routes (app/studio/api/[action]/route.dev.ts): same origin,
 * with the session token the page was given.
 */
import { TOKEN_HEADER } from "@/lib/studio/token-header";
import { withBasePath } from "@/lib/urls";

export async function studioRequest<T>(token: string, action: string, body?: unknown): Promise<{ status: number; data: T }> {
  const init: RequestInit = { method: "POST", headers: { [TOKEN_HEADER]: token }, credentials: "same-origin" };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] = "application/json";
  }
  const response = await fetch(withBasePath(`/studio/api/${action}/`), init);
  const data = (await response.json().catch(() => ({ message: `réponse illisible (${response.status})` }))) as T;
  return { status: response.status, data };
}

export const editUrl = (path: string) => `/studio/modifier/?fichier=${encodeURIComponent(path)}`;
