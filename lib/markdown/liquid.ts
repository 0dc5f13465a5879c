/**
 * Liquid left in Jekyll bodies. What has a meaning here is resolved (`{{ site.url }}`,
 * `{% link %}`); the rest is removed and reported, so `{%` and `{{` never reach a reader.
 * Line breaks inside a removed tag are kept so line numbers stay true.
 *
 * One pass, linear in the size of the text (content is untrusted input: an unclosed `{% `
 * written 60,000 times once took 25 s through a lazy regular expression that searched the rest of
 * the text from every opening). The scanner only moves forward, and each search for a closing
 * delimiter either finds one (and the scan resumes after it) or finds none, which is remembered:
 * no later opening of that kind can be closed either. So every character is examined a bounded
 * number of times; `work` counts them, for the test that holds this.
 */

export type LiquidFinding = { line: number; message: string };

export type LiquidOptions = {
  /** URL of the page built from a source file path (`_actualites/x.md`), if it exists. */
  resolveLink?: (sourcePath: string) => string | undefined;
};

const SITE_ROOT = /^(site\.url|site\.baseurl|base|site\.github\.url)(\s*\|\s*[\w_]+(?::\s*[^|]*)?)*$/;
// `{% endraw %}`, searched from a position on (sticky-free global search: one left-to-right scan).
const ENDRAW = /\{%-?\s*endraw\s*-?%\}/g;

/** `-` (whitespace control) and spaces around a tag's inside, as Liquid reads it. */
function inside(raw: string): string {
  return raw.replace(/^-/, "").replace(/-$/, "").trim();
}

const keepBreaks = (s: string) => s.replace(/[^\n]/g, "");

export function resolveLiquid(text: string, options: LiquidOptions = {}): { text: string; findings: LiquidFinding[]; work: number } {
  if (!text.includes("{%") && !text.includes("{{")) return { text, findings: [], work: 0 };
  const findings: LiquidFinding[] = [];
  const out: string[] = [];
  // Characters examined by searches, whatever their outcome.
  let work = 0;
  const search = (needle: string, from: number) => {
    const found = text.indexOf(needle, from);
    work += (found === -1 ? text.length : found + needle.length) - from;
    return found;
  };
  // Line of the current position, advanced as the scan moves (never recounted from the start).
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    for (let i = counted; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    work += Math.max(0, offset - counted);
    counted = Math.max(counted, offset);
    return line;
  };
  // Once a search for a closing delimiter fails, none exists further on: never searched again.
  const noClose = { "%}": false, "}}": false, endraw: false };

  let pos = 0;
  let copied = 0;
  while (pos < text.length) {
    const open = search("{", pos);
    if (open === -1) break;
    const kind = text[open + 1];
    const close = kind === "%" ? "%}" : kind === "{" ? "}}" : undefined;
    if (!close || noClose[close]) {
      pos = open + 1;
      continue;
    }
    const end = search(close, open + 2);
    if (end === -1) {
      noClose[close] = true;
      pos = open + 1;
      continue;
    }
    const whole = text.slice(open, end + 2);
    const body = inside(text.slice(open + 2, end));
    const at = lineAt(open);
    out.push(text.slice(copied, open));
    let next = end + 2;
    let replacement = keepBreaks(whole);
    if (close === "}}") {
      if (!SITE_ROOT.test(body)) findings.push({ line: at, message: `Liquid output "{{ ${body} }}" removed: it has no value here` });
    } else {
      const [name = "", ...args] = body.split(/\s+/);
      let endraw: { start: number; end: number } | undefined;
      if (name === "raw" && !noClose.endraw) {
        endraw = findEndraw(text, next);
        work += (endraw ? endraw.end : text.length) - next;
        noClose.endraw = !endraw;
      }
      if (name === "raw" && endraw) {
        // The content is text the author wanted shown as written.
        replacement = text.slice(next, endraw.start).replace(/\{%/g, "{\u200B%").replace(/\{\{/g, "{\u200B{");
        next = endraw.end;
      } else if (name === "raw") {
        findings.push({ line: at, message: `Liquid tag "{% raw %}" removed (no {% endraw %} after it)` });
      } else if ((name === "link" || name === "post_url") && args[0]) {
        const url = options.resolveLink?.(args[0]);
        if (url) replacement = url;
        else findings.push({ line: at, message: `Liquid {% ${name} ${args[0]} %}: no such article here, link removed` });
      } else {
        findings.push({ line: at, message: `Liquid tag "{% ${body.slice(0, 60)} %}" removed` });
      }
    }
    out.push(replacement);
    copied = next;
    pos = next;
  }
  out.push(text.slice(copied));
  return { text: out.join(""), findings, work };
}

function findEndraw(text: string, from: number): { start: number; end: number } | undefined {
  ENDRAW.lastIndex = from;
  const m = ENDRAW.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
