/**
 * What a reader of the old site saw in an article, read straight from its source text with
 * plain patterns, independently of the site's Markdown pipeline: the corpus tests compare the
 * rendered page against these counts and texts, so a renderer that loses a figure, a caption,
 * an alt text, a heading or a link fails them.
 */

export type SourceExpectations = {
  /** `<figure>` elements holding an image. */
  figures: number;
  /** Every `<figcaption>` text. */
  captions: string[];
  /** Every non-empty alt text of an image in the body (HTML or Markdown syntax). */
  alts: string[];
  /** Every heading text (Markdown `#` lines, setext headings, `<h1>`…`<h6>`). */
  headings: string[];
  /** Third-party players: iframes, Dailymotion player divs, tweets. */
  embeds: number;
  /** Paths of links to the site itself (`/x/`, `https://<old host>/x/`), as written. */
  sitePaths: string[];
  /** Words of the text a reader saw, for the "nothing disappeared" check. */
  words: string[];
};

const NAMED: Record<string, string> = {
  nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", rsquo: "’", lsquo: "‘", rdquo: "”",
  ldquo: "“", laquo: "«", raquo: "»", hellip: "…", ndash: "–", mdash: "—", euro: "€", eacute: "é",
  egrave: "è", ecirc: "ê", agrave: "à", acirc: "â", ccedil: "ç", ocirc: "ô", ucirc: "û", ugrave: "ù",
  icirc: "î", iuml: "ï", Eacute: "É", Agrave: "À", oelig: "œ", deg: "°", copy: "©", reg: "®", middot: "·",
  thinsp: " ", ensp: " ", emsp: " ", shy: "",
};

/** Decodes character references; an entity it does not know is left as written (and then fails a check loudly). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/**
 * Text as a reader compares it: entities decoded, apostrophes and quotes of one kind, every
 * kind of space one space. Typographic refinements of the new site do not count as changes.
 */
export function normaliseText(text: string): string {
  return decodeEntities(text)
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .replace(/\s+([:;!?»])/g, "$1")
    .replace(/«\s+/g, "«")
    .trim();
}

/**
 * `[text](destination)`: text with one level of brackets, destination up to its closing
 * parenthesis (one level of nested ones), title or not, well formed or not.
 */
const LINK = /\[((?:[^[\]]|\[[^\]]*\])*)\]\((?:[^()]|\([^()]*\))*\)/;

/** Inline Markdown and HTML -> the text it shows. */
export function visibleText(fragment: string): string {
  return normaliseText(
    fragment
      .replace(/<[^>]*>/g, " ")
      .replace(/\{[:.][^{}]*\}/g, "")
      .replace(new RegExp(`!${LINK.source}`, "g"), "")
      .replace(new RegExp(LINK.source, "g"), "$1")
      .replace(/\*\*|__|(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|`/g, "")
      .replace(/\s#+\s*$/, ""),
  );
}

/** The body without what never reached a reader: code fences aside, styles, scripts, comments, Liquid. */
function readableBody(body: string): string {
  return body
    .replace(/\r\n?/g, "\n")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g, "$1")
    .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, "");
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

export function readSource(body: string, legacyHosts: string[]): SourceExpectations {
  const text = readableBody(body);
  const lines = text.split("\n");

  const figures = [...text.matchAll(/<figure\b[^>]*>([\s\S]*?)<\/figure\s*>/gi)].filter((m) => /<img\b|!\[/i.test(m[1]!)).length;
  const captions = [...text.matchAll(/<figcaption\b[^>]*>([\s\S]*?)<\/figcaption\s*>/gi)]
    .map((m) => visibleText(m[1]!))
    .filter(Boolean);

  const alts = [
    ...[...text.matchAll(/<img\b[^>]*>/gi)].map((m) => attribute(m[0], "alt") ?? ""),
    ...[...text.matchAll(/!\[([^\]]*)\]\(/g)].map((m) => m[1]!),
  ]
    .map((alt) => normaliseText(alt))
    .filter(Boolean);

  const headings: string[] = [];
  let fence = false;
  lines.forEach((line, i) => {
    if (/^ {0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence) return;
    // A heading may follow a closing tag on the same line (`</figure>## Titre`).
    const atx = /^(?: {0,3}(?:<\/[a-z0-9]+>\s*)*)(#{1,6})\s+(.+?)\s*$/i.exec(line);
    if (atx) headings.push(visibleText(atx[2]!));
    else if (/^ {0,3}(=+|-+)\s*$/.test(line) && /^ {0,3}[^\s<>|#-]/.test(lines[i - 1] ?? "") && !(lines[i - 2] ?? "").trim()) {
      // Setext heading: one line of text after a blank line, underlined with `=` or `-`.
      headings.push(visibleText(lines[i - 1]!));
    }
  });
  for (const m of text.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi)) headings.push(visibleText(m[2]!));

  const embeds =
    (text.match(/<iframe\b/gi) ?? []).length +
    (text.match(/class\s*=\s*["'][^"']*\bdailymotion_player\b/gi) ?? []).length +
    (text.match(/class\s*=\s*["'][^"']*\btwitter-tweet\b/gi) ?? []).length;

  const hrefs = [
    ...[...text.matchAll(/<a\b[^>]*>/gi)].map((m) => attribute(m[0], "href") ?? ""),
    // `[text](url)`, also around an image (`[![alt](src)](url)`); images themselves are not links.
    ...[...text.matchAll(/(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]+)/g)].filter((m) => !m[1]).map((m) => m[3]!),
  ];
  const sitePaths = hrefs.map((href) => sitePathOf(decodeEntities(href), legacyHosts)).filter((p): p is string => !!p);

  const words = visibleText(text.replace(/^ {0,3}\[\^[^\]]+\]:/gm, "").replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, " "))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4);

  return { figures, captions, alts, headings: headings.filter(Boolean), embeds, sitePaths, words };
}

/** `/x/` or `https://<old host>/x/` -> `/x/`; anything else (other sites, anchors, mail) -> undefined. */
export function sitePathOf(href: string, legacyHosts: string[]): string | undefined {
  const trimmed = href.trim();
  let path: string;
  if (trimmed.startsWith("/") && !trimmed.startsWith("//")) path = trimmed;
  else {
    try {
      const url = new URL(trimmed);
      if (!/^https?:$/.test(url.protocol) || !legacyHosts.includes(url.hostname)) return undefined;
      path = url.pathname + url.search + url.hash;
    } catch {
      return undefined;
    }
  }
  return path.split("#")[0]!.split("?")[0]!;
}
