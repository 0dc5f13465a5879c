/**
 * The legacy patterns the renderer gives a meaning to, counted in the bodies the importer
 * reads: the report says what the site brought over, and how often.
 */

const PATTERNS: Record<string, RegExp> = {
  "figures (<figure>)": /<figure\b/gi,
  "figure captions": /<figcaption\b/gi,
  "encadrés (class encadre)": /\bencadre\b/g,
  "kramdown attribute lists ({: …})": /\{[:.][^{}\n]*\}/g,
  "prominent links (lien-important)": /\blien-important\b/g,
  "pull quotes (citation)": /\.citation\b|class=["'][^"']*\bcitation\b/g,
  "button links": /\bbutton\b/g,
  "<br> line breaks": /<br\s*\/?>/gi,
  "HTML headings": /<h[1-6]\b/gi,
  "HTML tables": /<table\b/gi,
  "Markdown tables": /^\s*\|.*\|\s*$/gm,
  footnotes: /^\[\^[^\]]+\]:/gm,
  "Markdown images": /!\[[^\]]*\]\(/g,
  "iframes (embeds)": /<iframe\b/gi,
  "Dailymotion player divs": /\bdailymotion_player\b/g,
  "tweets": /\btwitter-tweet\b/g,
  "<style> blocks (dropped)": /<style\b/gi,
  "<center>, <u>, <font>": /<(center|u|font)\b/gi,
  "HTML entities": /&(#\d+|#x[\da-f]+|[a-z]+);/gi,
  "Liquid tags": /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g,
  "links to uploads": /\/uploads\//g,
};

export function countPatterns(body: string, into: Record<string, number>) {
  for (const [name, pattern] of Object.entries(PATTERNS)) {
    const n = body.match(pattern)?.length ?? 0;
    if (n) into[name] = (into[name] ?? 0) + n;
  }
}
