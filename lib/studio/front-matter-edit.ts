/**
 * The studio's writer: a content file with some front-matter values changed and a new body, with
 * every byte the editor did not change left as it was.
 *
 * The YAML is never re-serialised as a whole (that would re-indent lists, re-quote texts and move
 * comments). Each top-level key whose value changed is edited through the `yaml` Document API
 * (nested nodes, their quoting style and their comments kept), and only that key's lines are
 * replaced in the file. Keys the form does not know are never touched; new keys go at the end.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, type YAMLSeq, type Node, type Pair } from "yaml";
import { joinSource, splitSource } from "@/lib/content/split-source";
import { isRecord, sameValue } from "./form-model";

export type OpenedSource = {
  /** The front matter as plain values (YAML dates stay texts, as the loader reads them). */
  data: Record<string, unknown>;
  /** The body with `\n` line ends (what the editor shows). */
  body: string;
  /** The file's line ending, used again when the body is written. */
  eol: "\n" | "\r\n";
  /** YAML errors: a file whose front matter cannot be read is opened, but its form cannot save. */
  errors: string[];
};

/** Top-level keys and their new values; `undefined` removes the key. */
export type FrontMatterChanges = Record<string, unknown>;

export function openSource(text: string): OpenedSource {
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  const parts = splitSource(text);
  if (!parts) return { data: {}, body: lf(text), eol, errors: [] };
  const doc = parseDocument(parts.yaml);
  const value: unknown = doc.errors.length ? {} : doc.toJS({ maxAliasCount: 100 });
  const data = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { data, body: lf(parts.body), eol, errors: doc.errors.map((e) => e.message.split("\n")[0] ?? e.message) };
}

export class FrontMatterEditError extends Error {}

/**
 * `text` with `changes` applied to its front matter and `body` as its body. Unchanged values and
 * an unchanged body give `text` back byte for byte.
 */
export function editSource(text: string, changes: FrontMatterChanges, body: string): string {
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  const parts = splitSource(text);
  const oldBody = parts ? parts.body : text;
  // The body as typed; when it is the same text, the file's own bytes (mixed line ends included).
  const newBody = lf(body) === lf(oldBody) ? oldBody : withEol(lf(body), eol);
  if (!parts) {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
    if (!entries.length) return newBody;
    const yaml = freshPairs(Object.fromEntries(entries), false);
    return `---${eol}${withEol(yaml, eol)}---${eol}${newBody}`;
  }
  return joinSource({ ...parts, yaml: editYaml(parts.yaml, changes, eol), body: newBody });
}

function editYaml(yaml: string, changes: FrontMatterChanges, eol: string): string {
  const doc = parseDocument(yaml, { keepSourceTokens: true });
  // A front matter that does not read was opened without values: only the body can change.
  if (doc.errors.length && !Object.values(changes).some((v) => v !== undefined)) return yaml;
  if (doc.errors.length) throw new FrontMatterEditError(`the front matter is not valid YAML (${doc.errors[0]!.message.split("\n")[0]}): correct it in the text first`);
  const current = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  const map = doc.contents;
  if (map !== null && !isMap(map)) throw new FrontMatterEditError("the front matter is not a list of « clé: valeur » lines");
  const indentSeq = listsIndented(yaml);
  // Edits from the end of the text backwards, so earlier offsets stay right.
  const splices: { start: number; end: number; text: string }[] = [];
  const added: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (sameValue(current[key], value)) continue;
    const pair = map?.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (!pair) {
      if (value !== undefined) added[key] = value;
      continue;
    }
    const [start, end] = pairSpan(yaml, pair);
    if (value === undefined) {
      splices.push({ start, end, text: "" });
      continue;
    }
    const edited = pair as Pair<unknown, unknown>;
    edited.value = updatedNode(doc, pair.value as Node | null, value);
    splices.push({ start, end, text: withEol(pairText(edited, indentSeq), eol) });
  }
  let out = yaml;
  for (const s of splices.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  if (Object.keys(added).length) {
    if (out && !out.endsWith("\n")) out += eol;
    out += withEol(freshPairs(added, indentSeq), eol);
  }
  return out;
}

/** Where a pair's lines are: from the start of its key's line to the end of its value's last line. */
function pairSpan(yaml: string, pair: Pair): [number, number] {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  const keyStart = key.range?.[0] ?? 0;
  const lineStart = yaml.lastIndexOf("\n", keyStart - 1) + 1;
  // The value's end: its node end (comments on its last line included), else the key's.
  let end = value?.range?.[2] ?? key.range?.[2] ?? keyStart;
  // A block value's range ends after its last newline; a scalar's before it.
  if (end > 0 && yaml[end - 1] === "\n") return [lineStart, end];
  const newline = yaml.indexOf("\n", end);
  end = newline === -1 ? yaml.length : newline + 1;
  return [lineStart, end];
}

/** The pair written alone, as it would be at the top of a document (with its trailing newline). */
function pairText(pair: Pair<unknown, unknown>, indentSeq: boolean): string {
  const holder = new Document();
  const map = new YAMLMap();
  map.items.push(pair);
  holder.contents = map;
  return holder.toString({ lineWidth: 0, indentSeq, flowCollectionPadding: false });
}

function freshPairs(values: Record<string, unknown>, indentSeq: boolean): string {
  const doc = new Document(values);
  return doc.toString({ lineWidth: 0, indentSeq });
}

/**
 * The node `old` made to hold `value`, changing as little as possible: a text keeps its quoting
 * style, a list or mapping keeps its items' comments and the keys the form does not show.
 */
function updatedNode(doc: Document.Parsed, old: Node | null, value: unknown): Node {
  if (old && isScalar(old) && isPlainScalar(value)) {
    if (old.value === value) return old;
    const next = new Scalar(value);
    // A text that was quoted stays quoted the same way (unless its new value cannot be).
    if (typeof value === "string" && (old.type === Scalar.QUOTE_DOUBLE || old.type === Scalar.QUOTE_SINGLE)) next.type = old.type;
    if (typeof value === "string" && (old.type === Scalar.BLOCK_FOLDED || old.type === Scalar.BLOCK_LITERAL)) next.type = old.type;
    next.comment = old.comment;
    next.commentBefore = old.commentBefore;
    return next;
  }
  if (old && isSeq(old) && Array.isArray(value) && !old.flow) {
    const seq = old as YAMLSeq;
    value.forEach((item, i) => {
      const prev = seq.items[i] as Node | undefined;
      seq.items[i] = prev !== undefined && sameValue(toJs(doc, prev), item) ? prev : updatedNode(doc, prev ?? null, item);
    });
    seq.items.length = value.length;
    return seq;
  }
  if (old && isMap(old) && isRecord(value) && !old.flow) {
    const map = old as YAMLMap;
    for (const pair of [...map.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && !(key in value)) map.items.splice(map.items.indexOf(pair), 1);
    }
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (!pair) map.items.push(doc.createPair(key, item) as Pair<unknown, unknown>);
      else if (!sameValue(toJs(doc, pair.value as Node), item)) pair.value = updatedNode(doc, pair.value as Node | null, item);
    }
    return map;
  }
  return doc.createNode(value) as Node;
}

function toJs(doc: Document.Parsed, node: Node | null | undefined): unknown {
  if (node === null || node === undefined) return null;
  return node.toJS(doc, { maxAliasCount: 100 });
}

/** Does the file write list items under their key indented (`  - a`) or flush (`- a`, Jekyll's habit)? */
function listsIndented(yaml: string): boolean {
  const flush = /^[^\s#-][^\n]*:[ \t]*\r?\n- /m.test(yaml);
  const indented = /^[^\s#-][^\n]*:[ \t]*\r?\n[ \t]+- /m.test(yaml);
  return indented || !flush;
}

function isPlainScalar(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

const lf = (text: string) => text.replace(/\r\n/g, "\n");
const withEol = (text: string, eol: string) => (eol === "\n" ? text : text.replace(/\n/g, eol));
