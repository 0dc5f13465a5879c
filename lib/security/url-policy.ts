/**
 * The one URL policy for everything content puts in an address: links, images, embeds, feed
 * fields, JSON-LD. Schemes are allowlisted, never blocklisted, and judged the way a browser
 * will read the value: after HTML character references are decoded and after the tabs,
 * newlines and control characters its URL parser ignores are removed (`java&#x09;script:`,
 * `data\n:`, ` javascript:` are all `javascript:` to a browser).
 *
 * Allowed: http, https, mailto, tel, relative and fragment addresses; `data:` only for a
 * raster image (png, jpeg, gif, webp) and only where an image is expected. Everything else is
 * refused (undefined), and the caller drops the attribute or the link.
 *
 * Leaf module with relative imports only: next.config.ts reaches it through lib/content.
 */
import { decodeHTMLAttribute } from "entities";

/** What the address is used for: only an image may be a `data:` URL. */
export type UrlUse = "link" | "image" | "embed";

export const ALLOWED_SCHEMES = ["http", "https", "mailto", "tel"] as const;
const ALLOWED = new Set<string>(ALLOWED_SCHEMES);
const RASTER_IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp"]);

// The URL parser strips leading and trailing C0 controls and spaces, and removes every ASCII
// tab and newline wherever it stands (WHATWG URL, "basic URL parser").
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
// Any other control character left inside has no business in an address written by a person.
const INNER_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** The value as a browser's URL parser sees it: entities decoded, ignored characters removed. */
export function browserView(value: string): string {
  // Decoded until stable: a value that reaches HTML twice (a feed inside XML) is decoded twice.
  let decoded = value;
  for (let i = 0; i < 3; i++) {
    const next = decodeHTMLAttribute(decoded);
    if (next === decoded) break;
    decoded = next;
  }
  return decoded.replace(EDGE_CONTROLS, "").replace(TAB_OR_NEWLINE, "");
}

/** The scheme of an address, lower case, or undefined for a relative or fragment address. */
export function schemeOf(value: string): string | undefined {
  const match = SCHEME.exec(browserView(value));
  return match ? match[1]!.toLowerCase() : undefined;
}

/**
 * The address to publish, or undefined when the policy refuses it. The value returned is the
 * cleaned one (edges trimmed, tabs and newlines removed), never a decoded form: it is written
 * back exactly as it was judged.
 */
export function safeUrl(value: unknown, use: UrlUse = "link"): string | undefined {
  if (typeof value !== "string") return undefined;
  const view = browserView(value);
  if (INNER_CONTROLS.test(view)) return undefined;
  const cleaned = value.replace(EDGE_CONTROLS, "").replace(TAB_OR_NEWLINE, "");
  const scheme = SCHEME.exec(view)?.[1]?.toLowerCase();
  // Judged on the decoded view: `&#106;avascript:` has a scheme though none is written.
  if (scheme === undefined) return cleaned;
  if (ALLOWED.has(scheme)) return cleaned;
  if (scheme === "data" && use === "image" && isRasterDataUrl(view)) return cleaned;
  return undefined;
}

/** True when the policy lets this value through for that use. */
export function isSafeUrl(value: unknown, use: UrlUse = "link"): boolean {
  return safeUrl(value, use) !== undefined;
}

/** `data:image/png;base64,…`: the media type alone decides (parameters may follow it). */
function isRasterDataUrl(view: string): boolean {
  const header = view.slice("data:".length).split(",", 1)[0] ?? "";
  const type = header.split(";", 1)[0]!.trim().toLowerCase();
  return RASTER_IMAGE_TYPES.has(type);
}
