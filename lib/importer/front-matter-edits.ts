/**
 * Front matter is copied byte for byte; when a key must change, only that value's text is
 * replaced (or a key appended), so the editor's layout, quotes and comments stay.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";

type Edit = { start: number; end: number; text: string };

/** Applies replacements (non-overlapping source ranges) from the end, so offsets stay valid. */
function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** A YAML scalar for `value` in the plainest form that reads back the same. */
export function yamlString(value: string): string {
  return /^[\w/.%-][\w/.%~ -]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~|\d[\d.:-]*)$/i.test(value) && !/[ ]$/.test(value)
    ? value
    : JSON.stringify(value);
}

export type ScalarEdit = { path: (string | number)[]; value: string | boolean };

/** Replaces the text of scalars at the given key paths. Paths that are not scalars are left. */
export function replaceScalars(yaml: string, edits: ScalarEdit[]): string {
  if (!edits.length) return yaml;
  const doc = parseDocument(yaml, { keepSourceTokens: true });
  const ranges: Edit[] = [];
  for (const edit of edits) {
    const node = doc.getIn(edit.path, true) as Node | undefined;
    if (!node || !isScalar(node) || !node.range) continue;
    const text = typeof edit.value === "boolean" ? String(edit.value) : yamlString(edit.value);
    ranges.push({ start: node.range[0], end: node.range[1], text });
  }
  return applyEdits(yaml, ranges);
}

/** Adds paths to `redirect_from` (creating the key, or extending its list or single value). */
export function addRedirects(yaml: string, paths: string[]): string {
  if (!paths.length) return yaml;
  const doc = parseDocument(yaml, { keepSourceTokens: true });
  const node = doc.get("redirect_from", true) as Node | undefined;
  const items = paths.map((p) => yamlString(p));
  const eol = yaml.includes("\r\n") ? "\r\n" : "\n";
  if (!node || (isScalar(node) && (node.value === null || node.value === ""))) {
    const lines = `redirect_from:${eol}${items.map((i) => `- ${i}`).join(eol)}${eol}`;
    if (node && isScalar(node)) {
      // `redirect_from:` with no value: the key line is replaced.
      const keyLine = /^redirect_from:[ \t]*(?:\r?\n|$)/m.exec(yaml);
      if (keyLine) return yaml.slice(0, keyLine.index) + lines + yaml.slice(keyLine.index + keyLine[0].length);
    }
    return (yaml.length && !yaml.endsWith("\n") ? yaml + eol : yaml) + lines;
  }
  if (isSeq(node) && node.range && !node.flow) {
    const last = node.items[node.items.length - 1] as Node | undefined;
    const end = last?.range?.[2] ?? node.range[1];
    const lineStart = yaml.lastIndexOf("\n", (last?.range?.[0] ?? node.range[0]) - 1) + 1;
    const indent = /^[ \t]*/.exec(yaml.slice(lineStart))![0];
    const lineEnd = yaml.indexOf("\n", end - 1);
    const at = lineEnd < 0 ? yaml.length : lineEnd + 1;
    const prefix = lineEnd < 0 ? eol : "";
    return yaml.slice(0, at) + prefix + items.map((i) => `${indent}- ${i}${eol}`).join("") + yaml.slice(at);
  }
  if (node.range) {
    // One value or a flow list: written as a flow list of all the paths.
    const current = isSeq(node) ? node.items.map((i) => String(isScalar(i) ? i.value : "")) : [String(isScalar(node) ? node.value : "")];
    const all = [...current, ...paths].map((p) => yamlString(p));
    return applyEdits(yaml, [{ start: node.range[0], end: node.range[1], text: `[${all.join(", ")}]` }]);
  }
  return yaml;
}

/** True when `data` is a YAML mapping: front matter that is a list or a string is not an article. */
export function isMapping(yaml: string): boolean {
  const doc = parseDocument(yaml);
  return doc.contents === null || isMap(doc.contents);
}

/** Front matter values the schema refuses but whose meaning is plain (`published: "false"`). */
export function booleanEdits(data: Record<string, unknown>): ScalarEdit[] {
  const edits: ScalarEdit[] = [];
  for (const key of ["published", "draft", "is_une"]) {
    const value = data[key];
    if (typeof value !== "string") continue;
    if (/^(true|yes|oui)$/i.test(value.trim())) edits.push({ path: [key], value: true });
    else if (/^(false|no|non)$/i.test(value.trim())) edits.push({ path: [key], value: false });
  }
  return edits;
}

/** Upload references of the front matter, as key paths and values. */
export function frontMatterUploads(data: Record<string, unknown>): { path: (string | number)[]; value: string }[] {
  const out: { path: (string | number)[]; value: string }[] = [];
  const scalar = (p: (string | number)[], v: unknown) => {
    if (typeof v === "string" && v.trim()) out.push({ path: p, value: v });
  };
  for (const key of ["image", "file", "communique_file"]) scalar([key], data[key]);
  const une = data.une;
  if (une && typeof une === "object" && !Array.isArray(une)) scalar(["une", "image"], (une as Record<string, unknown>).image);
  for (const [key, field] of [["une-ou-diaporama", "image"], ["files", "file"], ["files", "lien"]] as const) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      if (item && typeof item === "object") scalar([key, i, field], (item as Record<string, unknown>)[field]);
    });
  }
  return out;
}
