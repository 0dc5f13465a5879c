/**
 * A redirect (old address -> target) written into each format that serves it, with the escaping
 * that format needs. The schema already refuses what no address may hold (see site-address.ts);
 * this is the second line of defence, so that a value that got past it still cannot become a
 * second rule, a header, a variable or a pattern:
 *   - Next's `redirects()` (server mode) and vercel.json: sources are path-to-regexp patterns,
 *     destinations are compiled by Next too (`:name`, `(`, `*` have a meaning in both);
 *   - `_redirects` (Netlify, Cloudflare Pages): one rule a line, fields split on white space;
 *   - nginx: quoted strings, where `$` in `return` expands a variable.
 *
 * Leaf module with no imports: next.config.ts reaches it.
 */

export type Move = { from: string; to: string };

// White space and control characters of any kind: never written raw into a rule.
const UNSAFE = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/gu;

/** White space and control characters percent-encoded (`%0D%0A`), so they stay inside one address. */
export function encodeUnsafe(value: string): string {
  return value.replace(UNSAFE, (c) => encodeURIComponent(c));
}

/** A path-to-regexp source that matches this path literally (Next's `redirects()`, vercel.json). */
export function sourcePattern(path: string): string {
  return encodeUnsafe(path).replace(/[:()*+?{}\\]/g, (c) => `\\${c}`);
}

/**
 * A destination Next (and Vercel) will not read as a pattern: Next parses it as a URL (so a
 * backslash escape would become `/`) then compiles its path and fragment with path-to-regexp,
 * so the characters with a meaning there are percent-encoded instead; the query is escaped by
 * Next itself.
 */
export function destinationPattern(to: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/is.exec(encodeUnsafe(to));
  if (!m) return encodeUnsafe(to);
  const literal = (s: string) => s.replace(/[:()*+?{}\\$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const [, origin = "", path = "", query = "", hash = ""] = m;
  return origin + literal(path) + query.replace(/\\/g, "%5C") + (hash ? `#${literal(hash.slice(1))}` : "");
}

/**
 * One `_redirects` line: three fields, never a second line; `*` and `:name` are placeholders on
 * both sides there (`/news/:slug /blog/:slug`), so they are percent-encoded in both.
 */
export function redirectsFileLine({ from, to }: Move): string {
  const source = encodeUnsafe(from).replace(/[^\u0021-\u007e]/gu, (c) => encodeURIComponent(c));
  return `${source.replace(/\*/g, "%2A").replace(/:/g, "%3A")} ${destinationPattern(to)} 301`;
}

/**
 * A double-quoted nginx string: `\` and `"` escaped (nginx unescapes `\"`, `\\`, and reads `\n`,
 * `\r`, `\t` as control characters, which escaping the backslash prevents).
 */
export function nginxString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * One nginx rule. `location =` compares its argument, taken literally (no variables), with the
 * decoded request path, so the path is written decoded (only control characters, which no file
 * line should hold, are encoded: such a rule never matches). `return` expands `$name` and nginx
 * has no escape for `$`, so the target's `$` is percent-encoded (`%24`, the same address to a
 * browser), as is anything outside printable ASCII (a `Location` header is ASCII).
 */
export function nginxRedirect({ from, to }: Move): string {
  const source = from.replace(/[\u0000-\u001f\u007f]/g, (c) => encodeURIComponent(c));
  const target = encodeUnsafe(to).replace(/[^\u0021-\u007e]/gu, (c) => encodeURIComponent(c)).replace(/\$/g, "%24");
  return `location = ${nginxString(source)} { return 301 ${nginxString(target)}; }`;
}
