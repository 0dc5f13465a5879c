/**
 * Reads a build's output as browsers and feed readers will, and lists what content must never
 * produce: an address the URL policy refuses (a `javascript:`, `vbscript:` or non-image `data:`
 * URL, however it is written), an event-handler attribute, an element that runs or embeds
 * something, and an id from content without its `user-content-` prefix. HTML pages, the Flight
 * payloads (RSC: the props client components receive), feeds (RSS, Atom, JSON) and JSON-LD are
 * all read. Used by scripts/test-hostile.ts on a site built from hostile content.
 */
import fs from "node:fs";
import path from "node:path";
import { decodeXML } from "entities";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { CONTENT_ID_PREFIX } from "@/lib/markdown/content-ids";
import { safeUrl, type UrlUse } from "@/lib/security/url-policy";

type Element = DefaultTreeAdapterMap["element"];
type ChildNode = DefaultTreeAdapterMap["childNode"];

export type HostileFinding = { file: string; problem: string; value: string };

export type HostileScan = { files: number; findings: HostileFinding[]; addressesSeen: number };

// Attributes a browser reads as an address, on any element.
const URL_ATTRIBUTES = new Set([
  "href", "src", "srcset", "cite", "action", "formaction", "data", "poster", "ping", "xlink:href", "background",
  "longdesc", "codebase", "manifest", "itemid", "usemap", "data-src", "data-href",
]);
// Flight payload props that are addresses (React prop names).
const URL_PROPS = /"(href|src|srcSet|cite|action|formAction|poster|ping|data-src|data-href)":"((?:[^"\\]|\\.)*)"/g;
// Elements that load or run something, which no page of the site has of its own (players load
// their frame only after a click): anywhere they come from content.
const FORBIDDEN = new Set(["iframe", "object", "embed", "base", "frame", "frameset", "applet"]);
// Elements the page has (the search form), which content must not add.
const FORBIDDEN_IN_CONTENT = new Set(["form", "input", "textarea", "select", "script", "style", "link", "meta"]);
// Where a page holds content: ids inside must carry the prefix.
const CONTENT_CONTAINERS = /\b(article-body|chapeau)\b/;

export function scanForHostileOutput(folder: string): HostileScan {
  const scan: HostileScan = { files: 0, findings: [], addressesSeen: 0 };
  const visit = (dir: string, depth: number) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      // Next's build cache is never served or deployed.
      if (depth === 0 && entry.name === "cache") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full, depth + 1);
      else if (entry.isFile()) scanFile(full, path.relative(folder, full), scan);
    }
  };
  visit(folder, 0);
  return scan;
}

function scanFile(full: string, file: string, scan: HostileScan) {
  const ext = path.extname(full).toLowerCase();
  if (![".html", ".rsc", ".txt", ".body", ".xml", ".json"].includes(ext)) return;
  const text = fs.readFileSync(full, "utf8");
  scan.files++;
  const report = (problem: string, value: string) => scan.findings.push({ file, problem, value: value.slice(0, 160) });
  const looksLikeFeed = /^\s*(<\?xml|<rss|<feed)/.test(text);
  if (ext === ".html") scanHtml(text, scan, report, { page: true });
  else if (looksLikeFeed) scanFeed(text, scan, report);
  else if (ext === ".json" || (ext === ".body" && text.trimStart().startsWith("{"))) scanJson(text, scan, report);
  // Flight payloads: standalone (.rsc, .txt) and inline in every page.
  scanFlight(text, scan, report);
}

type Report = (problem: string, value: string) => void;

function judge(value: string, use: UrlUse, scan: HostileScan, report: Report, where: string) {
  scan.addressesSeen++;
  if (safeUrl(value, use) === undefined) report(`address refused by the URL policy in ${where}`, value);
}

function scanHtml(html: string, scan: HostileScan, report: Report, { page }: { page: boolean }) {
  const walk = (node: ChildNode, inContent: boolean) => {
    if (!("tagName" in node)) return;
    const element = node as Element;
    const classes = element.attrs.find((a) => a.name === "class")?.value ?? "";
    const content = inContent || CONTENT_CONTAINERS.test(classes);
    if (FORBIDDEN.has(element.tagName) || (FORBIDDEN_IN_CONTENT.has(element.tagName) && (content || !page))) {
      report(`<${element.tagName}> from content`, element.tagName);
    }
    if (element.tagName === "script") {
      // The page's own scripts are inline (Next's payload, the page script) or come from /_next/.
      const src = element.attrs.find((a) => a.name === "src")?.value;
      if (src !== undefined && !/^(?:\/[\w-]+)?\/_next\//.test(src)) report("a script from elsewhere", src);
    }
    for (const attribute of element.attrs) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) report(`event handler ${name} on <${element.tagName}>`, attribute.value);
      if (URL_ATTRIBUTES.has(name)) {
        const values = name === "srcset" ? attribute.value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [attribute.value];
        for (const value of values) judge(value, element.tagName === "img" && name === "src" ? "image" : "link", scan, report, `<${element.tagName} ${name}>`);
      }
      if ((name === "id" || name === "name") && content && !attribute.value.startsWith(CONTENT_ID_PREFIX)) {
        report(`${name} from content without the ${CONTENT_ID_PREFIX} prefix`, attribute.value);
      }
    }
    for (const child of element.childNodes) walk(child, content);
    if (element.tagName === "script" && element.attrs.some((a) => a.name === "type" && a.value === "application/ld+json")) {
      const json = element.childNodes.map((c) => ("value" in c ? String(c.value) : "")).join("");
      scanJson(json, scan, report);
    }
  };
  const document = parse(html);
  for (const child of document.childNodes) walk(child, false);
}

/** RSS and Atom: the addresses of the feed itself, and the HTML each item carries. */
function scanFeed(xml: string, scan: HostileScan, report: Report) {
  for (const match of xml.matchAll(/\b(?:href|url)="([^"]*)"/g)) judge(decodeXML(match[1]!), "link", scan, report, "feed attribute");
  for (const match of xml.matchAll(/<(link|guid|id|url|uri)\b[^>]*>([^<]*)<\/\1>/g)) judge(decodeXML(match[2]!), "link", scan, report, `feed <${match[1]}>`);
  for (const match of xml.matchAll(/<(content:encoded|content|description|summary)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const inner = match[2]!.trim();
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(inner);
    scanHtml(cdata ? cdata[1]! : decodeXML(inner), scan, report, { page: false });
  }
}

/** JSON Feed and JSON-LD: every string under a key that names an address, and HTML content. */
function scanJson(text: string, scan: HostileScan, report: Report) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") {
      if (/^(url|external_url|image|banner_image|icon|favicon|href|src|item|@id|contentUrl|logo)$/i.test(key)) {
        judge(value, /image|icon|logo|banner/i.test(key) ? "image" : "link", scan, report, `JSON "${key}"`);
      }
      if (/^content_html$/.test(key)) scanHtml(value, scan, report, { page: false });
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(data, "");
}

/** Props of the Flight payload (`"href":"…"`), where a client component's addresses travel. */
function scanFlight(text: string, scan: HostileScan, report: Report) {
  // Inline payloads are JavaScript strings holding the payload: unescape one level first.
  const payloads = [text, ...[...text.matchAll(/self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)/g)].map((m) => unescapeJs(m[1]!))];
  for (const payload of payloads) {
    for (const match of payload.matchAll(URL_PROPS)) {
      const value = unescapeJs(match[2]!);
      // A `src` may be an image's (where a raster data: URL is allowed) or a player's.
      judge(value, match[1] === "src" ? "image" : "link", scan, report, `Flight prop ${match[1]}`);
    }
  }
}

function unescapeJs(value: string): string {
  try {
    return JSON.parse(`"${value}"`) as string;
  } catch {
    return value;
  }
}
