/**
 * Origins of the third-party players the site accepts (after the reader's click): the
 * `embeds.origins` of site.config.ts, and nothing else. The Content-Security-Policy lets exactly
 * these be framed; it never follows what articles contain (one article must not widen the policy
 * of the whole site), and an embed from elsewhere is rendered as a link (lib/markdown/embeds.ts).
 */
import { siteConfig } from "../site.config";

let checked: string[] | undefined;

/** The configured origins, each checked to be an https origin (a configuration error otherwise). */
export function embedOrigins(): string[] {
  if (checked) return checked;
  const origins = siteConfig.embeds.origins.map((value) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== "https:" || url.origin !== value.replace(/\/$/, "")) {
      throw new Error(`site.config.ts: embeds.origins: "${value}" is not an https origin such as https://www.dailymotion.com (no path, no trailing text)`);
    }
    return url.origin;
  });
  checked = [...new Set(origins)].sort();
  return checked;
}

/** True when a player at this address may be framed. */
export function isAcceptedPlayer(src: string): boolean {
  try {
    return embedOrigins().includes(new URL(src).origin);
  } catch {
    return false;
  }
}
