/**
 * What the studio's toolbar inserts in the text: what docs/editing.md documents. In an `.mdx`
 * article the site's components (`Figure`, `Encadre`, `Embed`); in a `.md` article the Markdown
 * image, or the HTML the site reads as a figure, a callout or a video.
 */
export type Align = "center" | "left" | "right";

/** A value inside double quotes of an attribute: quotes and angle brackets cannot close it. */
function attr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text inside the brackets of a Markdown image: brackets escaped. */
function bracketed(text: string): string {
  return text.replace(/([[\]\\])/g, "\\$1");
}

export function imageSnippet(format: "md" | "mdx", { src, alt, caption = "", align = "center" }: { src: string; alt: string; caption?: string; align?: Align }): string {
  if (format === "mdx") {
    const parts = [`src="${attr(src)}"`, `alt="${attr(alt)}"`];
    if (caption) parts.push(`caption="${attr(caption)}"`);
    if (align !== "center") parts.push(`align="${align}"`, `width="40%"`);
    return `\n<Figure ${parts.join(" ")} />\n`;
  }
  if (!caption && align === "center") return `\n![${bracketed(alt)}](${src.replace(/[()\s]/g, encodeURIComponent)})\n`;
  const cls = align === "center" ? "" : ` class="image-${align}" style="width: 40%"`;
  const figcaption = caption ? `<figcaption>${attr(caption)}</figcaption>` : "";
  return `\n<figure${cls}><img src="${attr(src)}" alt="${attr(alt)}">${figcaption}</figure>\n\n`;
}

export function encadreSnippet(format: "md" | "mdx", { title, text }: { title: string; text: string }): string {
  const body = text.trim() || "Le contenu de l’encadré.";
  if (format === "mdx") return `\n<Encadre title="${attr(title)}">\n\n${body}\n\n</Encadre>\n`;
  return `\n<div class="encadre">\n\n### ${title.replace(/\n/g, " ")}\n\n${body}\n\n</div>\n`;
}

export function videoSnippet(format: "md" | "mdx", { src, title }: { src: string; title: string }): string {
  if (format === "mdx") return `\n<Embed src="${attr(src)}" title="${attr(title)}" />\n`;
  return `\n<iframe src="${attr(src)}" title="${attr(title)}"></iframe>\n\n`;
}

export function fileLinkSnippet({ url, name }: { url: string; name: string }): string {
  return `[${bracketed(name)}](${url})`;
}
