/**
 * Text-level compatibility with kramdown, the Markdown engine of the Jekyll site the content
 * comes from. CommonMark and kramdown disagree on where raw HTML ends and on attribute lists;
 * rather than fork a parser, the source is reshaped so that CommonMark sees the blocks kramdown
 * saw. Line numbers of the original are kept in `origin` so messages still point at the file.
 */

export type Reshaped = {
  text: string;
  /** `origin[i]` is the original (1-based) line of output line i + 1. */
  origin: number[];
};

// HTML elements that wrap other blocks. Their tags get lines of their own, with blank lines
// around, so the Markdown between them is parsed as Markdown (as kramdown did, Jekyll rendering
// bodies twice) and text after a closing tag becomes an ordinary paragraph.
const CONTAINER = "div|section|aside|center|article|header|footer|nav|main|details|figure";
const OPEN_CONTAINER = new RegExp(`^ {0,3}<(${CONTAINER})(?=[\\s>/])[^>]*>`, "i");
const CLOSE_CONTAINER = new RegExp(`</(${CONTAINER})\\s*>`, "i");
const FIGURE_OPEN = /^ {0,3}<figure(?=[\s>])/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A kramdown block attribute list alone on its line, well formed or not (`{. :x}`, `{: : .y}`). */
export const BLOCK_IAL = /^ {0,3}\{[:.]\s*[^}{]*\}\s*$/;
/** Marker left for the rehype step: which neighbour a block attribute list belongs to. */
export const IAL_PREVIOUS = "{:@previous ";
export const IAL_NEXT = "{:@next ";

export function reshapeKramdown(source: string): Reshaped {
  const input = source.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  const origin: number[] = [];
  const push = (line: string, from: number) => {
    out.push(line);
    origin.push(from);
  };
  const blank = (from: number) => {
    if (out.length && out[out.length - 1] !== "") push("", from);
  };

  let fence: string | undefined;
  // A work list: the rest of a line after a split tag is processed as a line of its own.
  const queue: { line: string; from: number }[] = input.map((line, i) => ({ line, from: i + 1 }));
  for (let i = 0; i < queue.length; i++) {
    const { line, from } = queue[i]!;
    if (fence) {
      push(line, from);
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      fence = fenceMatch[1]!.slice(0, 3);
      push(line, from);
      continue;
    }

    if (BLOCK_IAL.test(line)) {
      const previous = out.length > 0 && out[out.length - 1]!.trim() !== "";
      const next = queue[i + 1]?.line.trim();
      const target = previous || !next ? IAL_PREVIOUS : IAL_NEXT;
      blank(from);
      push(target + line.trim().replace(/^\{[:.]/, "").replace(/\}$/, "").trim() + "}", from);
      push("", from);
      continue;
    }

    // A figure is kept whole as one HTML block: blank lines inside it would cut it apart.
    if (FIGURE_OPEN.test(line)) {
      const end = findClosing(queue, i, /<\/figure\s*>/i);
      if (end) {
        blank(from);
        for (let j = i; j < end.index; j++) {
          if (queue[j]!.line.trim()) push(queue[j]!.line, queue[j]!.from);
        }
        const closing = queue[end.index]!;
        push(closing.line.slice(0, end.offset), closing.from);
        push("", closing.from);
        const rest = closing.line.slice(end.offset);
        i = end.index;
        if (rest.trim()) queue.splice(i + 1, 0, { line: rest, from: closing.from });
        continue;
      }
    }

    const open = OPEN_CONTAINER.exec(line);
    if (open) {
      blank(from);
      push(open[0].trim(), from);
      push("", from);
      const rest = line.slice(open[0].length);
      if (rest.trim()) queue.splice(i + 1, 0, { line: rest, from });
      continue;
    }

    const close = CLOSE_CONTAINER.exec(line);
    if (close) {
      const before = line.slice(0, close.index);
      const after = line.slice(close.index + close[0].length);
      if (!before.trim()) {
        // `</div>` opening a line: a block of its own.
        blank(from);
        push(close[0], from);
        push("", from);
        if (after.trim()) queue.splice(i + 1, 0, { line: after, from });
        continue;
      }
      if (after.trim() && !/^\s*<\//.test(after)) {
        // `…</div>Text`: the text after the tag starts a new block, as kramdown showed it.
        push(before + close[0], from);
        push("", from);
        queue.splice(i + 1, 0, { line: after, from });
        continue;
      }
    }

    push(line, from);
  }
  return { text: out.join("\n"), origin };
}

function findClosing(
  queue: { line: string }[],
  start: number,
  pattern: RegExp,
): { index: number; offset: number } | undefined {
  // A figure spans a few lines; a missing close tag must not swallow the article.
  for (let j = start; j < Math.min(queue.length, start + 40); j++) {
    const m = pattern.exec(queue[j]!.line);
    if (m) return { index: j, offset: m.index + m[0].length };
  }
  return undefined;
}
