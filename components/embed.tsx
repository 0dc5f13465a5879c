import { z } from "zod";
import { defineContentComponent, element } from "@/lib/markdown/content-component";
import { embedNode, embedTarget, type EmbedKind } from "@/lib/markdown/embeds";
import { EmbedPlayer } from "./embed-player";

type EmbedProps = {
  /** Player address (`https://www.youtube-nocookie.com/embed/…`). */
  src: string;
  title: string;
  kind: EmbedKind;
  provider: string;
  /** The original page, for readers who prefer it or have no JavaScript (the player when unknown). */
  href?: string;
};

const ACTION: Record<EmbedKind, string> = {
  video: "Lire la vidéo",
  form: "Afficher le formulaire",
  slides: "Afficher la présentation",
  post: "Afficher la publication",
  page: "Afficher le contenu",
};

/**
 * Third-party content (video, form, slides) that loads nothing from the third party until the
 * reader clicks, names the provider, and keeps a link to the original.
 */
export function Embed({ src, title, kind, provider, href = src }: EmbedProps) {
  const action = `${ACTION[kind] ?? ACTION.page} ${provider} : ${title}`;
  return (
    <figure className="embed my-6 clear-both">
      <EmbedPlayer src={src} title={title} action={action} />
      <figcaption className="mt-2 text-sm text-muted">
        {title} —{" "}
        <a href={href} data-external="">
          voir sur {provider}
          <span className="sr-only"> (lien externe)</span>
        </a>
        . Le contenu est hébergé par {provider}, qui peut déposer des cookies une fois la lecture lancée.
      </figcaption>
    </figure>
  );
}

const KINDS = ["video", "form", "slides", "post", "page"] as const satisfies readonly EmbedKind[];

/**
 * `<Embed src title>` in MDX (`kind`, `provider` and `href` are found from `src` when not
 * written); an `<iframe>` or a consent manager's player placeholder in the source site's HTML.
 */
export const embed = defineContentComponent({
  name: "Embed",
  attributes: {
    src: z.string().refine((v) => embedTarget(v) !== undefined, "expected the https address of a player"),
    title: z.string(),
    kind: z.enum(KINDS, { error: `expected one of ${KINDS.join(", ")}` }),
    provider: z.string(),
    href: z.string(),
  },
  required: ["src"],
  properties: ["src", "title", "kind", "provider", "href"],
  urls: { src: "embed", href: "link" },
  toTree(a) {
    const target = embedTarget(a.src ?? "")!;
    const found = { ...target, kind: a.kind ?? target.kind, provider: a.provider || target.provider, href: a.href || target.href };
    return embedNode(found, a.title);
  },
  toHtml(node) {
    const { kind, provider, src, title, href } = node.properties;
    const link = href ? [element("p", {}, [element("a", { href }, [{ type: "text", value: `${String(title)} (${String(provider)})` }])])] : [];
    return element("figure", { dataEmbed: kind, dataProvider: provider, dataSrc: src, dataTitle: title }, link);
  },
  component: Embed,
});
