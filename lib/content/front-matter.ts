/**
 * Splits a content file into front matter and body, and keeps the YAML document so that any
 * finding about a key can point at its line.
 */
import { isAlias, LineCounter, parseDocument, visit, type Document, type Tags } from "yaml";
import { splitSource } from "./split-source";
import { indentQuotedContinuations } from "./yaml-leniency";
import { MAX_ALIASES, nestingExcess, tooManyAliases, type Excess } from "./yaml-limits";

export type Position = { line: number; column: number };

export type SplitFile = {
  data: Record<string, unknown>;
  body: string;
  /** File line on which the body's first line sits. */
  bodyLine: number;
  /** YAML syntax errors, already located in the file. */
  syntaxErrors: { message: string; line: number; column: number }[];
  /**
   * Front matter not read because reading it would cost too much (nesting, aliases: see
   * yaml-limits.ts): the file is treated as having none of its keys.
   */
  refused: Excess[];
  /** Lines YAML 1.2 refuses but Jekyll's YAML reader accepted; read as Jekyll did. */
  leniencies: { message: string; line: number; column: number }[];
  /** Where a key path (`["une-ou-diaporama", 0, "image"]`) is written, or the nearest parent. */
  locate(path: readonly PropertyKey[]): Position | undefined;
  /** Where the value at a key path starts (for "wrong value" messages), else where its key is. */
  locateValue(path: readonly PropertyKey[]): Position | undefined;
};

// YAML is read by `yaml`, which keeps positions and does not turn dates into Date objects (the
// schema reads dates itself, in the site's time zone).
export function splitFile(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const parts = splitSource(text);
  if (!parts) {
    return { data: {}, body: text, bodyLine: 1, syntaxErrors: [], refused: [], leniencies: [], locate: () => undefined, locateValue: () => undefined };
  }
  const body = parts.body;
  const bodyLine = text.slice(0, text.length - body.length).split("\n").length;
  // One newline stands for the opening `---` line, so YAML line numbers are the file's; the
  // newline before the closing line is not YAML's (an unclosed quote ends on its own line).
  const matter = `\n${parts.yaml.replace(/\n$/, "")}`;
  const nowhere = { locate: () => undefined, locateValue: () => undefined };
  const tooDeep = nestingExcess(matter);
  if (tooDeep) return { data: {}, body, bodyLine, syntaxErrors: [], refused: [tooDeep], leniencies: [], ...nowhere };
  let { doc, lineCounter } = parseYaml(matter);
  const leniencies: SplitFile["leniencies"] = [];
  const repair = doc.errors.length ? indentQuotedContinuations(matter) : undefined;
  if (repair) {
    const second = parseYaml(repair.text);
    if (!second.doc.errors.length) {
      ({ doc, lineCounter } = second);
      for (const n of repair.lines) {
        leniencies.push({
          line: n + 1,
          column: 1,
          message: "front matter: this line continues a quoted text and should be indented (read as Jekyll did)",
        });
      }
    }
  }
  const syntaxErrors = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { message: e.message.split("\n")[0] ?? e.message, line: pos.line, column: pos.col };
  });
  const aliases = countAliases(doc);
  if (aliases.count > MAX_ALIASES) {
    const pos = lineCounter.linePos(aliases.last);
    return { data: {}, body, bodyLine, syntaxErrors: [], refused: [{ line: pos.line, column: pos.col, message: tooManyAliases() }], leniencies: [], ...nowhere };
  }
  let value: unknown = {};
  try {
    value = syntaxErrors.length ? {} : doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // `yaml` refuses aliases that expand into too many nodes ("Excessive alias count").
    const message = `front matter not read: ${(error as Error).message.split("\n")[0]} (write the values out instead of « *nom » aliases)`;
    return { data: {}, body, bodyLine, syntaxErrors: [], refused: [{ line: 1, column: 1, message }], leniencies: [], ...nowhere };
  }
  const data = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const locate = (path: readonly PropertyKey[]) => locateKey(doc, lineCounter, path);
  const locateValue = (path: readonly PropertyKey[]) => {
    const node = path.length ? (doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined) : undefined;
    const start = node && typeof node === "object" ? node.range?.[0] : undefined;
    if (start === undefined) return locate(path);
    const pos = lineCounter.linePos(start);
    return { line: pos.line, column: pos.col };
  };
  return { data, body, bodyLine, syntaxErrors, refused: [], leniencies, locate, locateValue };
}

/** How many aliases the document uses, and where the last one is. */
function countAliases(doc: Document): { count: number; last: number } {
  let count = 0;
  let last = 0;
  visit(doc, {
    Alias(_key, node) {
      if (!isAlias(node)) return;
      count++;
      last = node.range?.[0] ?? last;
      if (count > MAX_ALIASES) return visit.BREAK;
    },
  });
  return { count, last };
}

function parseYaml(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    schema: "core",
    customTags: keepLeadingZeros,
    uniqueKeys: true,
    prettyErrors: false,
  });
  return { doc, lineCounter };
}

/**
 * `tel: 0612345678` is a phone number, not the integer 612345678: integers written with a
 * leading zero stay text.
 */
function keepLeadingZeros(tags: Tags): Tags {
  return tags.map((tag) =>
    typeof tag === "object" && tag.tag === "tag:yaml.org,2002:int" && !("format" in tag && tag.format)
      ? { ...tag, test: /^[-+]?(?:0|[1-9][0-9]*)$/ }
      : tag,
  ) as Tags;
}

function locateKey(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): Position | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1) as unknown[], true) : doc.contents;
    const key = path[depth - 1];
    const node = findChild(parent, key);
    if (node) {
      const pos = lineCounter.linePos(node);
      return { line: pos.line, column: pos.col };
    }
  }
  return undefined;
}

/** Offset of the key of a map entry, or of the item of a sequence. */
function findChild(parent: unknown, key: PropertyKey | undefined): number | undefined {
  if (!parent || typeof parent !== "object" || !("items" in parent)) return undefined;
  const items = (parent as { items: unknown[] }).items;
  if (typeof key === "number") {
    const item = items[key] as { range?: [number, number, number] } | undefined;
    return item?.range?.[0];
  }
  for (const pair of items) {
    const k = (pair as { key?: { value?: unknown; range?: [number, number, number] } }).key;
    if (k && String(k.value) === String(key)) return k.range?.[0];
  }
  return undefined;
}
