/**
 * The studio's requests (development only: `*.dev.ts` files are routes only under `next dev`,
 * see next.config.ts). Every one is checked by lib/studio/guard.ts before anything is read.
 *
 *   POST /studio/api/list    -> every file an editor may open
 *   POST /studio/api/open    { path } -> the article, its version and findings
 *   POST /studio/api/check   { path, changes, body } -> the content check of the text being typed
 *   POST /studio/api/save    { path, version, changes: { set, remove }, body } -> saved, or the conflict
 *   POST /studio/api/create  { title, section } -> the new file's path
 *   POST /studio/api/upload  form data `file` -> the stored file's address
 */
import { z } from "zod";
import { runCheck } from "@/lib/check/run";
import { loadContent } from "@/lib/content/load";
import { checkText } from "@/lib/studio/check-text";
import { ConfinementError } from "@/lib/studio/confine";
import { changesFromWire } from "@/lib/studio/form-model";
import { refusal } from "@/lib/studio/guard";
import { studioList } from "@/lib/studio/list";
import { composedText, createArticle, openArticle, saveArticle } from "@/lib/studio/store";
import { MAX_UPLOAD_BYTES, storeUpload } from "@/lib/studio/uploads";

export const dynamic = "force-dynamic";

const pathSchema = z.object({ path: z.string().min(1).max(400) });
// JSON has no `undefined`: removed keys travel apart (lib/studio/form-model.ts).
const changesSchema = z.object({ set: z.record(z.string(), z.unknown()), remove: z.array(z.string()) }).transform(changesFromWire);
const schemas = {
  open: pathSchema,
  check: pathSchema.extend({ changes: changesSchema, body: z.string().max(5_000_000) }),
  save: pathSchema.extend({ version: z.string().min(1), changes: changesSchema, body: z.string().max(5_000_000) }),
  create: z.object({ title: z.string().max(300), section: z.string().max(100) }),
};

const json = (value: unknown, status = 200) => Response.json(value, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request, { params }: { params: Promise<{ action: string }> }): Promise<Response> {
  const refused = refusal(request.headers);
  if (refused) return json({ message: refused.message }, refused.status);
  const { action } = await params;
  try {
    switch (action) {
      case "list": {
        const result = await runCheck({ parallel: false });
        return json({ entries: studioList(loadContent(), result.issues) });
      }
      case "open": {
        const { path } = schemas.open.parse(await request.json());
        const article = openArticle(path);
        return json({ article });
      }
      case "check": {
        const { path, changes, body } = schemas.check.parse(await request.json());
        const { file, text } = composedText(path, changes, body);
        const { issues, bodyLine } = await checkText(file, text);
        return json({ issues, bodyLine });
      }
      case "save": {
        const input = schemas.save.parse(await request.json());
        const result = saveArticle(input);
        return json(result, result.ok ? 200 : result.reason === "conflict" ? 409 : 400);
      }
      case "create": {
        const { title, section } = schemas.create.parse(await request.json());
        const result = createArticle(title, section);
        return json(result, result.ok ? 201 : 400);
      }
      case "upload": {
        const length = Number(request.headers.get("content-length") ?? 0);
        if (length > MAX_UPLOAD_BYTES + 64 * 1024) return json({ ok: false, message: `fichier trop lourd : ${MAX_UPLOAD_BYTES / 1024 / 1024} Mo au plus` }, 413);
        const file = (await request.formData()).get("file");
        if (!(file instanceof File)) return json({ ok: false, message: "aucun fichier reçu" }, 400);
        const stored = storeUpload(file.name, Buffer.from(await file.arrayBuffer()));
        return json(stored, stored.ok ? 201 : 400);
      }
      default:
        return json({ message: `action inconnue : ${action}` }, 404);
    }
  } catch (error) {
    if (error instanceof ConfinementError) return json({ ok: false, message: error.message }, 400);
    if (error instanceof z.ZodError) return json({ ok: false, message: `requête mal formée : ${error.issues[0]?.message ?? ""}` }, 400);
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return json({ ok: false, message: "fichier introuvable" }, 404);
    throw error;
  }
}
