/**
 * Share links for an article: plain addresses of each network's own share page, so nothing is
 * requested from a third party before the reader clicks.
 */

export type ShareLink = { network: string; label: string; href: string };

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const text = encodeURIComponent(`${title} ${url}`);
  return [
    { network: "email", label: "Envoyer par courriel", href: `mailto:?subject=${t}&body=${text}` },
    { network: "linkedin", label: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    // Mastodon has no single home: Share₂Fedi asks the reader for their own instance.
    { network: "mastodon", label: "Mastodon", href: `https://s2f.kytta.dev/?text=${text}` },
    { network: "bluesky", label: "Bluesky", href: `https://bsky.app/intent/compose?text=${text}` },
    { network: "x", label: "X (Twitter)", href: `https://x.com/intent/post?text=${t}&url=${u}` },
  ];
}
