/**
 * Strong emphasis as kramdown reads it. kramdown opens `**` before any non-space character and
 * closes it after one; CommonMark also looks at punctuation, so `dans**[le site](…)**` stays
 * literal there and a reader would see the asterisks. Pairs CommonMark would not see are
 * written as `<strong>` tags; pairs it reads the same way are left as the editor wrote them.
 */

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

type Delimiter = { at: number };

function isSpace(c: string | undefined): boolean {
  return c === undefined || WHITESPACE.test(c);
}
function isPunct(c: string | undefined): boolean {
  return c !== undefined && PUNCTUATION.test(c);
}

/** CommonMark's "left-flanking" and "right-flanking" delimiter runs. */
function leftFlanking(before: string | undefined, after: string | undefined): boolean {
  return !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
}
function rightFlanking(before: string | undefined, after: string | undefined): boolean {
  return !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
}

/** Offsets of `**` runs (exactly two asterisks) outside code, tags and link destinations. */
function delimiters(text: string): Delimiter[] {
  const found: Delimiter[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "`") {
      const run = /^`+/.exec(text.slice(i))![0];
      const end = text.indexOf(run, i + run.length);
      if (end > 0) i = end + run.length - 1;
      else i += run.length - 1;
      continue;
    }
    if (c === "<") {
      const end = /^<\/?[a-z][^<>]*>|^<[a-z][a-z0-9+.-]*:[^\s<>]*>/i.exec(text.slice(i));
      if (end) i += end[0].length - 1;
      continue;
    }
    if (c === "]" && text[i + 1] === "(") {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === "(") depth++;
        else if (text[j] === ")" && --depth === 0) break;
      }
      i = j;
      continue;
    }
    if (c === "*" && text[i + 1] === "*" && text[i - 1] !== "*" && text[i + 2] !== "*") {
      found.push({ at: i });
      i++;
    }
  }
  return found;
}

/**
 * One paragraph's text with its `**` pairs made explicit where CommonMark would leave them
 * literal. Pairs are taken in order, as an editor reads them, so that a stray space inside
 * (`**taux d’écart **(…)`, which even kramdown left literal) still gives the bold the editor
 * meant: the space moves outside the tag. With an odd number of `**` nothing is guessed.
 */
function paragraph(text: string): string {
  const marks = delimiters(text);
  if (marks.length < 2) return text;
  const { pairs, strays } = pairUp(text, marks);
  // Offset of a `**` -> what it becomes: `<strong>`, `</strong>`, or nothing (a stray).
  const replace = new Map<number, "open" | "close" | "drop">();
  for (const [open, close] of pairs) {
    const inner = text.slice(open + 2, close);
    if (!inner.trim()) continue;
    // CommonMark pairs delimiters only within one link text: a pair across `[` or `]` stays literal.
    const crossesLink = (inner.match(/\[/g) ?? []).length !== (inner.match(/\]/g) ?? []).length;
    const flanked = leftFlanking(text[open - 1], text[open + 2]) && rightFlanking(text[close - 1], text[close + 2]);
    if (flanked && !crossesLink && !strays.some((at) => open < at && at < close)) continue;
    replace.set(open, "open");
    replace.set(close, "close");
  }
  for (const at of strays) if ([...replace.keys()].some((k) => k < at) && [...replace.keys()].some((k) => k > at)) replace.set(at, "drop");
  if (!replace.size) return text;
  let out = "";
  let last = 0;
  for (const at of [...replace.keys()].sort((a, b) => a - b)) {
    const kind = replace.get(at)!;
    const before = text.slice(last, at);
    last = at + 2;
    if (kind === "open") {
      // Spaces inside the pair move outside the tags.
      const lead = /^\s*/.exec(text.slice(last))![0];
      out += `${before}${lead}<strong>`;
      last += lead.length;
    } else if (kind === "close") {
      const trail = /\s*$/.exec(before)![0];
      out += `${before.slice(0, before.length - trail.length)}</strong>${trail}`;
    } else out += before;
  }
  return out + text.slice(last);
}

/**
 * Pairs in reading order. With an odd number of `**`, kramdown's own rule decides (opens before
 * a non-space, closes after one); a `**` it could not use, with a space on one side only, is a
 * typo the old site showed as is: it is dropped when it sits inside a pair.
 */
function pairUp(text: string, marks: Delimiter[]): { pairs: [number, number][]; strays: number[] } {
  const pairs: [number, number][] = [];
  if (marks.length % 2 === 0) {
    for (let k = 0; k < marks.length; k += 2) pairs.push([marks[k]!.at, marks[k + 1]!.at]);
    return { pairs, strays: [] };
  }
  let open: number | undefined;
  const strays: number[] = [];
  for (const { at } of marks) {
    const before = text[at - 1];
    const after = text[at + 2];
    if (open !== undefined && !isSpace(before)) {
      pairs.push([open, at]);
      open = undefined;
    } else if (open === undefined && !isSpace(after)) open = at;
    else if (open !== undefined && isSpace(before) !== isSpace(after)) strays.push(at);
  }
  return { pairs, strays: strays.filter((at) => pairs.some(([o, c]) => o < at && at < c)) };
}

// Lines that start a block of their own: a `**` pair never spans them.
const BLOCK_LINE = /^\s{0,3}(?:>\s*)*(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}\s|\|)/;

export function kramdownEmphasis(source: string): string {
  if (!source.includes("**")) return source;
  const lines = source.split("\n");
  const out: string[] = [];
  let block: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (block.length) out.push(...paragraph(block.join("\n")).split("\n"));
    block = [];
  };
  for (const line of lines) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence || marker) {
      flush();
      out.push(line);
      if (fence && marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      else if (!fence && marker) fence = marker;
      continue;
    }
    if (!line.trim() || (/^ {4,}\S/.test(line) && !block.length)) {
      flush();
      out.push(line);
      continue;
    }
    if (BLOCK_LINE.test(line)) flush();
    block.push(line);
  }
  flush();
  return out.join("\n");
}
