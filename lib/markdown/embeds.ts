/**
 * Third-party players (iframes, Dailymotion player divs, tweet blockquotes) -> the `Embed`
 * component's node: the provider, the player URL and the original page. Feeds show a link to the
 * original; pages show the component, which loads nothing from the third party until the reader
 * asks.
 */
import type { Element } from "hast";
import { embedOrigins, isAcceptedPlayer } from "../embed-origins";
import { classesOf } from "./hast";

export type EmbedKind = "video" | "form" | "slides" | "post" | "page";

export type EmbedTarget = { provider: string; kind: EmbedKind; src: string; href: string };

type Rule = { test: RegExp; provider: string; kind: EmbedKind; src(m: RegExpExecArray, url: URL): string; href(m: RegExpExecArray, url: URL): string };

const RULES: Rule[] = [
  {
    test: /youtube(?:-nocookie)?\.com\/embed\/videoseries\?(?:.*&)?list=([\w-]+)/,
    provider: "YouTube",
    kind: "video",
    src: (m) => `https://www.youtube-nocookie.com/embed/videoseries?list=${m[1]}&autoplay=1`,
    href: (m) => `https://www.youtube.com/playlist?list=${m[1]}`,
  },
  {
    test: /dailymotion\.com\/(?:embed\/)?playlist\/(x[\da-z]+)/i,
    provider: "Dailymotion",
    kind: "video",
    src: (m) => `https://www.dailymotion.com/embed/playlist/${m[1]}?autoplay=1`,
    href: (m) => `https://www.dailymotion.com/playlist/${m[1]}`,
  },
  {
    test: /(?:youtube(?:-nocookie)?\.com\/(?:embed|shorts)\/|youtu\.be\/)([\w-]{6,})/,
    provider: "YouTube",
    kind: "video",
    src: (m) => `https://www.youtube-nocookie.com/embed/${m[1]}?autoplay=1`,
    href: (m) => `https://www.youtube.com/watch?v=${m[1]}`,
  },
  {
    test: /(?:dailymotion\.com\/(?:embed\/)?video\/|dai\.ly\/|[?&]video=)(x[\da-z]+)/i,
    provider: "Dailymotion",
    kind: "video",
    src: (m) => `https://www.dailymotion.com/embed/video/${m[1]}?autoplay=1`,
    href: (m) => `https://www.dailymotion.com/video/${m[1]}`,
  },
  {
    test: /player\.vimeo\.com\/video\/(\d+)/,
    provider: "Vimeo",
    kind: "video",
    src: (m) => `https://player.vimeo.com/video/${m[1]}?autoplay=1`,
    href: (m) => `https://vimeo.com/${m[1]}`,
  },
  {
    test: /\/videos\/embed\/([\w-]+)/,
    provider: "PeerTube",
    kind: "video",
    src: (m, url) => `${url.origin}/videos/embed/${m[1]}?autoplay=1`,
    href: (m, url) => `${url.origin}/w/${m[1]}`,
  },
  {
    test: /slideshare\.net\//,
    provider: "SlideShare",
    kind: "slides",
    src: (_m, url) => url.href,
    href: (_m, url) => url.href,
  },
  {
    test: /docs\.google\.com\/forms\//,
    provider: "Google Forms",
    kind: "form",
    src: (_m, url) => url.href,
    href: (_m, url) => url.href.replace(/[?&]embedded=true/, ""),
  },
  {
    test: /framaforms\.org\//,
    provider: "Framaforms",
    kind: "form",
    src: (_m, url) => url.href,
    href: (_m, url) => url.href,
  },
];

export function embedTarget(rawSrc: string): EmbedTarget | undefined {
  let url: URL;
  try {
    url = new URL(rawSrc.trim().replace(/^\/\//, "https://"));
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  url.protocol = "https:";
  for (const rule of RULES) {
    const m = rule.test.exec(url.href);
    if (m) return { provider: rule.provider, kind: rule.kind, src: rule.src(m, url), href: rule.href(m, url) };
  }
  return { provider: url.hostname.replace(/^www\./, ""), kind: "page", src: url.href, href: url.href };
}

const KIND_NOUN: Record<EmbedKind, string> = {
  video: "Vidéo",
  form: "Formulaire",
  slides: "Présentation",
  post: "Publication",
  page: "Contenu",
};

/** What an embed is called when its author gave it no title (`Vidéo YouTube`). */
export function embedLabel(target: Pick<EmbedTarget, "kind" | "provider">, title: string | undefined): string {
  return title?.trim() || `${KIND_NOUN[target.kind]} ${target.provider}`;
}

/** The tree node of the `Embed` component (components/embed.tsx) for a player. */
export function embedNode(target: EmbedTarget, title: string | undefined): Element {
  return {
    type: "element",
    tagName: "Embed",
    properties: { kind: target.kind, provider: target.provider, src: target.src, title: embedLabel(target, title), href: target.href },
    children: [],
  };
}

export function embedFromIframe(node: Element): Element | undefined {
  if (node.tagName !== "iframe" || typeof node.properties.src !== "string") return undefined;
  const target = embedTarget(node.properties.src);
  if (!target) return undefined;
  return embedNode(target, typeof node.properties.title === "string" ? node.properties.title : undefined);
}

/**
 * `<div class="dailymotion_player" videoID="x85nruz">`: the placeholders of tarteaucitron, the
 * consent manager French public sites use, which loaded the player after consent
 * (`youtube_player`, `vimeo_player`, `dailymotion_player`, playlists with `embedType`).
 */
export function embedFromPlayerDiv(node: Element): Element | undefined {
  if (node.tagName !== "div") return undefined;
  const kind = classesOf(node).find((c) => /^(youtube|vimeo|dailymotion)_player$/.test(c));
  if (!kind) return undefined;
  const raw = node.properties.videoID ?? node.properties.videoid ?? node.properties.dataVideo;
  const id = typeof raw === "string" ? raw.trim() : "";
  if (!/^[\w-]+$/.test(id)) return undefined;
  const playlist = String(node.properties.embedType ?? node.properties.embedtype ?? "").toLowerCase() === "playlist";
  const player =
    kind === "youtube_player"
      ? `https://www.youtube.com/embed/${id}`
      : kind === "vimeo_player"
        ? `https://player.vimeo.com/video/${id}`
        : `https://www.dailymotion.com/embed/${playlist ? "playlist" : "video"}/${id}`;
  const target = embedTarget(player);
  const title = typeof node.properties.title === "string" ? node.properties.title : undefined;
  return target ? embedNode(target, title) : undefined;
}

/** A tweet pasted with Twitter's snippet: the quoted text stays, with a link to the post. */
export function embedFromTweet(node: Element): Element | undefined {
  if (node.tagName !== "blockquote" || !classesOf(node).includes("twitter-tweet")) return undefined;
  const links: string[] = [];
  const collect = (n: Element) => {
    for (const c of n.children) {
      if (c.type !== "element") continue;
      if (c.tagName === "a" && typeof c.properties.href === "string") links.push(c.properties.href);
      collect(c);
    }
  };
  collect(node);
  const post = links.find((h) => /(twitter|x)\.com\/[^/]+\/status\/\d+/.test(h));
  return {
    type: "element",
    tagName: "blockquote",
    properties: { dataEmbed: "post", dataProvider: "X (Twitter)", dataHref: post ?? "" },
    children: [
      ...node.children.filter((c) => c.type === "element" && c.tagName === "p"),
      ...(post
        ? [{
            type: "element" as const,
            tagName: "p",
            properties: {},
            children: [{ type: "element" as const, tagName: "a", properties: { href: post }, children: [{ type: "text" as const, value: "Voir la publication sur X (Twitter)" }] }],
          }]
        : []),
    ],
  };
}


/**
 * An `Embed` node whose player is not on one of the configured origins (site.config.ts,
 * `embeds.origins`) becomes a paragraph with a plain link to it: the page never frames it, and
 * the Content-Security-Policy would refuse it anyway. Returns the reason, for the content check.
 */
export function unlistedEmbed(node: Element): { link: Element; message: string } | undefined {
  if (node.tagName !== "Embed") return undefined;
  const src = typeof node.properties.src === "string" ? node.properties.src : "";
  if (isAcceptedPlayer(src)) return undefined;
  const href = typeof node.properties.href === "string" && node.properties.href ? node.properties.href : src;
  const title = typeof node.properties.title === "string" ? node.properties.title : "Contenu externe";
  let host = src;
  try {
    host = new URL(src).host;
  } catch {
    // Shown as written.
  }
  const link: Element = {
    type: "element",
    tagName: "p",
    properties: {},
    children: [
      { type: "element", tagName: "a", properties: { href }, children: [{ type: "text", value: title }] },
      { type: "text", value: ` (contenu hébergé sur ${host})` },
    ],
    position: node.position,
  };
  const accepted = embedOrigins().join(", ") || "none";
  return {
    link,
    message: `the player ${src} is not on a host this site frames (embeds.origins in site.config.ts: ${accepted}): shown as a link to it`,
  };
}
