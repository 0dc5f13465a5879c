/**
 * What a page address and a redirect target written in front matter may be. They end up in
 * places where one character too many changes their meaning: a file name of the static export
 * (`..`), an HTTP `Location` header (CR/LF), a line of `_redirects` (a space, a newline), an
 * nginx rule (`$`, `"`, `;`), Next's path patterns. So they are judged here, once, by the schema,
 * and a value that fails is a content error naming its key, never something a build discovers.
 *
 * A site path: starts with `/` once normalised (`bna` is `/bna/`), no `..` or `.` segment (also
 * when percent-encoded, however many times), no `//` at the start (a protocol-relative address
 * is another site), no scheme, no backslash (browsers read it as `/`), no control character and
 * no white space (neither raw nor percent-encoded), no `?` or `#` in a page's own address.
 *
 * Leaf module with no imports: next.config.ts reaches it through lib/content.
 */

export type AddressVerdict = { ok: true } | { ok: false; reason: string };

const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;
// Once percent-decoded, a control character would still become a byte of a file name or header.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

const ok: AddressVerdict = { ok: true };
const refuse = (reason: string): AddressVerdict => ({ ok: false, reason });

/** Every form the value takes as it is percent-decoded, one layer at a time (bounded). */
function decodedForms(value: string): string[] {
  const forms = [value];
  let current = value;
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      // A stray `%` (`50%`): decode the escapes that are well formed, keep the rest as written.
      next = current.replace(/%[0-9a-fA-F]{2}/g, (e) => String.fromCharCode(parseInt(e.slice(1), 16)));
    }
    if (next === current) break;
    forms.push(next);
    current = next;
  }
  return forms;
}

function describeCharacter(c: string): string {
  if (c === "\n" || c === "\r") return "a line break";
  if (c === " " || c === "\t" || /\s/.test(c)) return "a space";
  return `the control character U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Checks shared by paths and absolute addresses: what no address of a redirect may hold. */
function characters(value: string, forms: string[]): AddressVerdict {
  const raw = CONTROL_OR_SPACE.exec(value);
  if (raw) return refuse(`it contains ${describeCharacter(raw[0])}${raw[0] === " " ? " (write %20)" : ""}`);
  for (const form of forms) {
    const bad = CONTROL.exec(form);
    if (bad) return refuse(`it contains ${describeCharacter(bad[0])} (percent-encoded)`);
    if (form.includes("\\")) return refuse(`it contains a backslash${form === value ? "" : " (percent-encoded)"} (write « / »)`);
  }
  return ok;
}

/**
 * A path of this site (`/actualites/x/`, or `actualites/x` which is read as `/actualites/x/`).
 * `allowQuery`: a redirect target may carry `?…` and `#…`; a page's own address may not.
 */
export function checkSitePath(value: string, { allowQuery = false } = {}): AddressVerdict {
  if (!value) return refuse("it is empty");
  if (SCHEME.test(value)) return refuse("it has a scheme (write the path alone)");
  if (value.startsWith("//")) return refuse("it starts with « // », which browsers read as another site");
  const forms = decodedForms(value);
  const chars = characters(value, forms);
  if (!chars.ok) return chars;
  for (const form of forms) {
    const pathPart = allowQuery ? form.split(/[?#]/, 1)[0]! : form;
    if (!allowQuery && /[?#]/.test(form)) return refuse("a page address cannot contain « ? » or « # »");
    if (pathPart.split("/").some((segment) => segment === ".." || segment === ".")) {
      return refuse(`it contains a « ${pathPart.split("/").find((s) => s === ".." || s === ".")} » segment${form === value ? "" : " (percent-encoded)"}`);
    }
    if (/^\/\//.test(form) || /^\/\\/.test(form)) return refuse("it starts with « // » once decoded, which browsers read as another site");
  }
  return ok;
}

/** An absolute `http(s)` address of another site. */
export function checkAbsoluteUrl(value: string): AddressVerdict {
  if (!/^https?:\/\/[^/]/i.test(value)) return refuse("an absolute address must start with https:// or http:// and a host name");
  const chars = characters(value, [value]);
  if (!chars.ok) return chars;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refuse("it is not a valid web address");
  }
  if (url.username || url.password) return refuse("it carries a user name or password");
  return ok;
}

export type RedirectScope = "any" | "internal";

/**
 * A redirect target: a path of this site, or (unless the key says internal) an absolute http(s)
 * address. `internalHosts`: host names of this site, whose absolute addresses count as internal.
 */
export function checkRedirectTarget(value: string, scope: RedirectScope, internalHosts: readonly string[] = []): AddressVerdict {
  if (SCHEME.test(value)) {
    const absolute = checkAbsoluteUrl(value);
    if (!absolute.ok) return absolute;
    if (scope === "internal" && !internalHosts.includes(new URL(value).hostname.toLowerCase())) {
      return refuse("an internal redirect leads to a path of this site (/rubrique/page/), not to another host");
    }
    return ok;
  }
  return checkSitePath(value, { allowQuery: true });
}
