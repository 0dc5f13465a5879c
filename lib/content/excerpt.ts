/** Plain text out of a Markdown lede, for cards, meta descriptions and feeds' summaries. */

export function plainText(markdown: string | undefined): string {
  if (!markdown) return "";
  return markdown
    .replace(/\{[:.][^{}]*\}/g, "") // kramdown attribute lists
    .replace(/<[^>]+>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]*?\S)\1/g, "$2")
    .replace(/^#+\s*/gm, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The first `max` characters, cut on a word, with « … » when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut.slice(0, max)).replace(/[\s,;:.!?—–-]+$/, "")}…`;
}
