/**
 * Uploads under `next dev` (development only: `*.dev.ts` files are routes only there, and
 * next.config.ts rewrites `/uploads/…` here in development): every file of the content folder's
 * `_uploads/`, drafts' included, read from disk at each request, so a file an editor adds,
 * replaces or removes is served as it is now, without a restart. Builds serve the copies made by
 * scripts/publish-uploads.ts instead.
 */
import fs from "node:fs";
import { loadContent } from "@/lib/content/load";
import { uploadKey } from "@/lib/content/upload-files";
import { contentType } from "@/lib/public-files";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ path: string[] }> };

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  if (process.env.NODE_ENV !== "development") return new Response(null, { status: 404 });
  const segments = (await params).path;
  const key = uploadKey(`/uploads/${segments.join("/")}`);
  const upload = key ? loadContent().uploads.get(key) : undefined;
  const bytes = upload ? fs.readFileSync(upload.file, { flag: "r" }) : undefined;
  if (!upload || !bytes) {
    return new Response("Fichier introuvable dans le dossier _uploads du contenu.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": contentType(upload.file), "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}
