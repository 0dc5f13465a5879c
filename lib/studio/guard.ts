/**
 * Who may ask the studio to read or write files: only the studio page itself, on the development
 * server. Every request must
 *  - come from `next dev` (the routes exist only there, and say no elsewhere all the same);
 *  - be addressed to a host name this machine answers to (lib/dev-origins.ts), which a page of
 *    another site reaching the server through DNS rebinding cannot send;
 *  - carry an `Origin` equal to the server's own (a page of another site cannot forge it);
 *  - carry the session token, made when the server started and written only into the studio page.
 */
import crypto from "node:crypto";
import { devOrigins } from "@/lib/dev-origins";
import { TOKEN_HEADER } from "./token-header";


// One token for the whole server process: the page and the routes are separate bundles in
// `next dev`, each with its own copy of this module, so the token lives on the process.
const holder = globalThis as typeof globalThis & { __chapeauStudioToken?: string };

export function studioToken(): string {
  holder.__chapeauStudioToken ??= crypto.randomBytes(32).toString("hex");
  return holder.__chapeauStudioToken;
}

export type Refusal = { status: number; message: string };

/** Why a request is refused, or undefined when it comes from the studio page. */
export function refusal(headers: Headers, { token = headers.get(TOKEN_HEADER) } = {}): Refusal | undefined {
  if (process.env.NODE_ENV !== "development") return { status: 404, message: "le studio n’existe qu’avec npm run dev" };
  const host = headers.get("host") ?? "";
  const hostname = host.replace(/:\d+$/, "").toLowerCase();
  if (!devOrigins().includes(hostname)) return { status: 403, message: `hôte refusé : ${host}` };
  const origin = headers.get("origin");
  // Same origin: the scheme the server speaks and the host the request was sent to.
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  if (!origin || (origin !== `${proto}://${host}` && origin !== `http://${host}` && origin !== `https://${host}`)) {
    return { status: 403, message: "origine refusée : seul le studio ouvert sur ce serveur peut écrire" };
  }
  const expected = Buffer.from(studioToken());
  const given = Buffer.from(token ?? "");
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return { status: 403, message: "jeton de session absent ou périmé : rechargez le studio" };
  }
  return undefined;
}
