/**
 * The one front-matter splitter: a content file as its opening line, its YAML, its closing line
 * and its body, byte for byte (`joinSource` gives the file back exactly). The rule is Jekyll's:
 * the file starts with a `---` line, and the front matter ends at the first line that is `---`
 * or `...`. The loader, the importer and the studio all split files here.
 *
 * Relative imports only: next.config.ts reaches this file through lib/content.
 */

export type SourceParts = {
  /** `---\n` (a byte-order mark before it included) */
  open: string;
  yaml: string;
  /** `---\n` (or `---` at the end of the file) */
  close: string;
  body: string;
};

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** The file's parts, or undefined when it has no front matter (Jekyll then copied it as a plain file). */
export function splitSource(text: string): SourceParts | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  // An empty front matter closes on the very next line.
  const close = CLOSE.exec(rest);
  if (!close) return undefined;
  return {
    open: open[0],
    yaml: rest.slice(0, close.index),
    close: close[0],
    body: rest.slice(close.index + close[0].length),
  };
}

export function joinSource(parts: SourceParts): string {
  return parts.open + parts.yaml + parts.close + parts.body;
}
