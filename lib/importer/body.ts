/**
 * An article body as the importer writes it: changed only where the renderer cannot know the
 * meaning, so the file stays the editor's text. Liquid is resolved or removed (as the renderer
 * would), links to the old site's own address become site paths when the page or file is here,
 * and references to uploads point at `/uploads/…` where the file was copied. Fenced code and
 * `{% raw %}` blocks are left exactly as written.
 */
import { resolveLiquid } from "@/lib/markdown/liquid";
import { safeDecode } from "@/lib/safe-decode";
import { uploadHref, uploadPathOf, type UploadsFolder } from "./uploads";

export type BodyContext = {
  /** Host names of the old site. */
  hosts: string[];
  baseurl: string;
  /** URL of the article a Jekyll source path became (`{% link _actualites/x.md %}`). */
  linkTarget(sourcePath: string): string | undefined;
  /** True when the site will serve this page path. */
  pageExists(path: string): boolean;
  /** The page an old address of the site now leads to (`redirect_from`). */
  redirectTarget?(path: string): string | undefined;
  /** True when the new site has this file (under its public folder), outside the uploads. */
  fileExists?(path: string): boolean;
  uploads: UploadsFolder;
};

export type Note = { line: number; message: string };

export type BodyResult = {
  text: string;
  notes: Note[];
  /** Names (under uploads/) of the files the body refers to and that were found. */
  uploads: Map<string, string>;
  /** References to uploads that are not in the uploads folder. */
  missing: string[];
  /** Links to pages and files of the old site the import did not bring (uploads: see `missing`). */
  dead: DeadTarget[];
  /** How many changes of each kind were made. */
  changes: Record<string, number>;
};

export type DeadTarget = { target: string; kind: "page" | "file" };

// Link destinations and the two URL attributes: the only places addresses are rewritten,
// never text a reader sees.
const DESTINATION = /(\]\(\s*<?)([^)\s>]+)|(\b(?:href|src)\s*=\s*)(["'])([^"'\n]*)\4|(\b(?:href|src)\s*=\s*)([^\s"'<>]+)/gi;
const PROTECTED = /(^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[^\n]*$|(?![\s\S])))|(\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\})/gm;

function bump(changes: Record<string, number>, key: string, by = 1) {
  if (by) changes[key] = (changes[key] ?? 0) + by;
}

/** Splits text into parts to rewrite and parts to keep as written (code, `{% raw %}`). */
function parts(text: string): { value: string; keep: boolean; line: number }[] {
  const out: { value: string; keep: boolean; line: number }[] = [];
  let last = 0;
  let line = 1;
  const push = (value: string, keep: boolean) => {
    if (!value) return;
    out.push({ value, keep, line });
    line += value.split("\n").length - 1;
  };
  for (const m of text.matchAll(PROTECTED)) {
    push(text.slice(last, m.index), false);
    push(m[0], true);
    last = m.index + m[0].length;
  }
  push(text.slice(last), false);
  return out;
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

export function importBody(body: string, context: BodyContext): BodyResult {
  const notes: Note[] = [];
  const changes: Record<string, number> = {};
  const uploads = new Map<string, string>();
  const missing: string[] = [];
  const dead: DeadTarget[] = [];

  const rewritten = parts(body).map((part) => {
    if (part.keep) return part.value;
    let text = part.value;

    // Liquid: exactly the renderer's rule, applied once and for all.
    const before = (text.match(/\{%|\{\{/g) ?? []).length;
    const liquid = resolveLiquid(text, { resolveLink: context.linkTarget });
    if (before) {
      const resolved = (text.match(/\{%-?\s*(?:link|post_url)\s/g) ?? []).length - liquid.findings.filter((f) => /\{% (link|post_url) /.test(f.message)).length;
      bump(changes, "Liquid links resolved", Math.max(0, resolved));
      bump(changes, "Liquid site addresses removed", (text.match(/\{\{-?\s*(?:site\.url|site\.baseurl|base|site\.github\.url)\b/g) ?? []).length);
      bump(changes, "Liquid tags removed", liquid.findings.length);
      for (const f of liquid.findings) notes.push({ line: part.line + f.line - 1, message: f.message });
    }
    text = liquid.text;

    text = text.replace(DESTINATION, (whole, mdStart?: string, mdUrl?: string, attrStart?: string, quote?: string, attrUrl?: string, bareStart?: string, bareUrl?: string, offset?: number) => {
      const url = mdUrl ?? attrUrl ?? bareUrl ?? "";
      const replacement = rewriteAddress(url, context, { uploads, missing, dead, changes });
      if (replacement === undefined) return whole;
      if (replacement.note) notes.push({ line: part.line + lineAt(text, offset ?? 0) - 1, message: replacement.note });
      if (mdStart !== undefined) return `${mdStart}${replacement.url}`;
      if (attrStart !== undefined) return `${attrStart}${quote}${replacement.url}${quote}`;
      return `${bareStart}"${replacement.url}"`;
    });
    return text;
  });
  return { text: rewritten.join(""), notes, uploads, missing, dead, changes };
}

type Collect = { uploads: Map<string, string>; missing: string[]; dead?: DeadTarget[]; changes: Record<string, number> };

const FILE_PATH = /\.[a-z0-9]{1,5}$/i;

/**
 * The address to write instead of `url`, or undefined to leave it. Uploads resolve to the
 * copied file; pages of the old site to their path here when they exist.
 */
export function rewriteAddress(url: string, context: BodyContext, collect: Collect): { url: string; note?: string } | undefined {
  const name = uploadPathOf(url, context.hosts, context.baseurl);
  if (name !== undefined) {
    const found = context.uploads.find(name);
    if (!found) {
      if (!collect.missing.includes(name)) collect.missing.push(name);
      return undefined;
    }
    collect.uploads.set(found.name, found.source);
    const href = uploadHref(found.name) + (/[?#].*$/.exec(url)?.[0] ?? "");
    const already = url.startsWith("/uploads/") && !found.caseChanged;
    if (already) return undefined;
    bump(collect.changes, "upload paths normalised");
    return { url: href, note: found.caseChanged ? `uploads/${name} found as uploads/${found.name} (letter case differs)` : undefined };
  }
  const relative = /^(\/(?!\/)[^?#]*)([?#].*)?$/.exec(url.trim());
  if (relative) {
    const file = FILE_PATH.test(relative[1]!);
    const page = file || relative[1]!.endsWith("/") ? relative[1]! : `${relative[1]}/`;
    // A path of the old site that now redirects: the link goes straight to the page.
    const target = file ? undefined : context.redirectTarget?.(page);
    if (!target) {
      const decoded = safeDecode(page);
      if (file ? !context.fileExists?.(decoded) : !context.pageExists(decoded)) collect.dead?.push({ target: decoded, kind: file ? "file" : "page" });
      return undefined;
    }
    bump(collect.changes, "links to old addresses sent to their new page");
    return { url: target + (relative[2] ?? "") };
  }
  const absolute = /^https?:\/\/([^/]+)(\/[^?#]*)?([?#].*)?$/i.exec(url.trim());
  if (!absolute || !context.hosts.includes(absolute[1]!.toLowerCase())) return undefined;
  let pathname = absolute[2] ?? "/";
  if (context.baseurl && pathname.startsWith(`${context.baseurl}/`)) pathname = pathname.slice(context.baseurl.length);
  const page = /\.[a-z0-9]{2,5}$/i.test(pathname) || pathname.endsWith("/") ? pathname : `${pathname}/`;
  let decoded = page;
  try {
    decoded = decodeURI(page);
  } catch {
    // Leave undecodable addresses as they are.
  }
  const moved = context.redirectTarget?.(decoded);
  if (!moved && !context.pageExists(decoded)) {
    // Kept as written: it leads to the old site, as long as the old site answers there.
    collect.dead?.push({ target: decoded, kind: FILE_PATH.test(pathname) ? "file" : "page" });
    return undefined;
  }
  bump(collect.changes, "links to the old site made internal");
  return { url: (moved ?? page) + (absolute[3] ?? "") };
}
