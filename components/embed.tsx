import { embedTarget, type EmbedKind } from "@/lib/markdown/embeds";
import { EmbedPlayer } from "./embed-player";

type EmbedProps = {
  /** Player address (`https://www.youtube.com/embed/…`); provider and original link follow from it. */
  src: string;
  title?: string;
  kind?: EmbedKind | string;
  provider?: string;
  /** The original page, for readers who prefer it or have no JavaScript. */
  href?: string;
};

const ACTION: Record<string, string> = {
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
export function Embed({ src, title, kind, provider, href }: EmbedProps) {
  const target = embedTarget(src);
  const finalKind = kind ?? target?.kind ?? "page";
  const finalProvider = provider || target?.provider || "un site externe";
  const finalHref = href || target?.href || src;
  const name = title || `${finalKind === "video" ? "Vidéo" : "Contenu"} ${finalProvider}`;
  const action = `${ACTION[finalKind] ?? ACTION.page} ${finalProvider} : ${name}`;
  return (
    <figure className="embed my-6 clear-both">
      <EmbedPlayer src={target?.src ?? src} title={name} action={action} />
      <figcaption className="mt-2 text-sm text-muted">
        {name} —{" "}
        <a href={finalHref} data-external="">
          voir sur {finalProvider}
          <span className="sr-only"> (lien externe)</span>
        </a>
        . Le contenu est hébergé par {finalProvider}, qui peut déposer des cookies une fois la lecture lancée.
      </figcaption>
    </figure>
  );
}
