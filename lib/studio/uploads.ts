/**
 * Files dropped in the studio: kept in the content folder's uploads (`_uploads/`) under a safe
 * name that never replaces another file, if their bytes are of an allowed type and size. The
 * extension is not trusted: the first bytes must match it.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { asciiSlug } from "@/lib/content/slug";
import { UPLOADS_URL_PREFIX, uploadsDir } from "@/lib/content/uploads-dir";
import { uploadPath } from "./confine";

type Kind = { extensions: string[]; magic: (b: Buffer) => boolean; image: boolean };

const startsWith = (b: Buffer, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);
const ascii = (b: Buffer, at: number, text: string) => b.subarray(at, at + text.length).toString("latin1") === text;
// Office files are zip archives (docx, xlsx, pptx, odt, ods, odp).
const zip = (b: Buffer) => startsWith(b, 0x50, 0x4b, 0x03, 0x04);

// No SVG: it is a document that can run script when opened from the site's own address.
const KINDS: Kind[] = [
  { extensions: ["jpg", "jpeg"], magic: (b) => startsWith(b, 0xff, 0xd8, 0xff), image: true },
  { extensions: ["png"], magic: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47), image: true },
  { extensions: ["gif"], magic: (b) => ascii(b, 0, "GIF8"), image: true },
  { extensions: ["webp"], magic: (b) => ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP"), image: true },
  { extensions: ["pdf"], magic: (b) => ascii(b, 0, "%PDF-"), image: false },
  { extensions: ["docx", "xlsx", "pptx", "odt", "ods", "odp"], magic: zip, image: false },
  { extensions: ["csv", "txt"], magic: (b) => !b.subarray(0, 4096).includes(0), image: false },
];

export const ALLOWED_UPLOADS = KINDS.flatMap((k) => k.extensions);
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export type Stored = { ok: true; url: string; name: string; image: boolean } | { ok: false; message: string };

/** `Photo d'équipe (2).JPG` -> `photo-d-equipe-2.jpg`. */
export function safeUploadName(original: string): { stem: string; extension: string } {
  const extension = path.extname(original).slice(1).toLowerCase();
  const stem = asciiSlug(path.basename(original, path.extname(original))).slice(0, 80) || "fichier";
  return { stem, extension };
}

/** `variants: false`: the caller makes them (tests do not start an image build). */
export function storeUpload(original: string, bytes: Buffer, { variants = true } = {}): Stored {
  const { stem, extension } = safeUploadName(original);
  const kind = KINDS.find((k) => k.extensions.includes(extension));
  if (!kind) return { ok: false, message: `« ${original} » : type de fichier refusé (types permis : ${ALLOWED_UPLOADS.join(", ")})` };
  if (bytes.length === 0) return { ok: false, message: `« ${original} » est vide` };
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return { ok: false, message: `« ${original} » pèse ${(bytes.length / 1e6).toFixed(1)} Mo : ${MAX_UPLOAD_BYTES / 1024 / 1024} Mo au plus` };
  }
  if (!kind.magic(bytes)) return { ok: false, message: `« ${original} » n’est pas un fichier ${extension.toUpperCase()} (son contenu ne correspond pas à son extension)` };
  fs.mkdirSync(uploadsDir(), { recursive: true });
  // Never over another file: `nom.jpg`, then `nom-2.jpg`, `nom-3.jpg`…
  for (let n = 1; n < 1000; n++) {
    const name = `${stem}${n === 1 ? "" : `-${n}`}.${extension}`;
    const file = uploadPath(name);
    try {
      fs.writeFileSync(file, bytes, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw error;
    }
    if (kind.image && variants) makeVariants();
    return { ok: true, url: `${UPLOADS_URL_PREFIX}${name}`, name, image: kind.image };
  }
  return { ok: false, message: `trop de fichiers nommés « ${stem} » : renommez le fichier` };
}

/**
 * The responsive variants, made as `npm run dev` makes them at start (scripts/publish-uploads.ts
 * --dev, which only makes what is new; the file itself is served live from `_uploads/`). In the background: the upload does not wait for it.
 */
function makeVariants() {
  const child = spawn(process.execPath, [path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs"), "scripts/publish-uploads.ts", "--dev"], {
    cwd: process.cwd(),
    stdio: "ignore",
    detached: false,
  });
  child.on("error", () => undefined);
}
