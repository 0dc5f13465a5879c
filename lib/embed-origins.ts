/**
 * Origins of the third-party players the published articles embed (after the reader's click).
 * The Content-Security-Policy lets exactly these be framed, and nothing else from elsewhere.
 */
import { allArticles } from "./content/queries";
import { embedTarget } from "./markdown/embeds";

const IFRAME_SRC = /<iframe\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi;
const EMBED_SRC = /<Embed\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/g;
const DAILYMOTION_PLAYER = /class\s*=\s*["'][^"']*dailymotion_player/i;

export function embedOrigins(): string[] {
  const origins = new Set<string>();
  const add = (src: string) => {
    const target = embedTarget(src);
    if (target) origins.add(new URL(target.src).origin);
  };
  for (const article of allArticles()) {
    if (!article.body.includes("iframe") && !article.body.includes("Embed") && !article.body.includes("dailymotion")) continue;
    for (const m of article.body.matchAll(IFRAME_SRC)) add(m[1]!);
    for (const m of article.body.matchAll(EMBED_SRC)) add(m[1]!);
    if (DAILYMOTION_PLAYER.test(article.body)) add("https://www.dailymotion.com/embed/video/x0");
  }
  return [...origins].sort();
}
