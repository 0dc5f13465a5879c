import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/content/dates";
import { isDated, visibilityOf } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { draftsUrl } from "@/lib/urls";

/** « Brouillon », « Programmé pour le 3 juin 2027 à 10 h »; undefined for a published article. */
export function unpublishedLabel(article: Article, now = Date.now()): string | undefined {
  const visibility = visibilityOf(article, now);
  if (visibility === "draft") return "Brouillon";
  if (visibility === "scheduled" && isDated(article)) {
    return `Programmé pour le ${article.dateHasTime ? formatDateTime(article.date) : formatDate(article.date)}`;
  }
  return undefined;
}

/**
 * Above a draft or a scheduled article in the preview: what it is and when readers will see it.
 * Only previews render such articles, so a production page never shows this.
 */
export function UnpublishedBanner({ article }: { article: Article }) {
  const label = unpublishedLabel(article);
  if (!label) return null;
  const draft = visibilityOf(article) === "draft";
  return (
    <div className="unpublished-banner mb-6 border-l-4 border-accent bg-bg-alt p-4">
      <p className="text-lg font-bold">{label}</p>
      <p className="mt-1 text-sm">
        {draft
          ? "Cet article n’est pas publié : seuls l’aperçu local et les déploiements de prévisualisation le montrent. "
          : "Cet article sera publié par le premier déploiement fait après cette date ; d’ici là, seul l’aperçu le montre. "}
        <Link href={draftsUrl} prefetch={false}>
          Voir tous les brouillons et articles programmés
        </Link>
        {/* The studio exists only under `next dev` (app/studio/*.dev.tsx): a preview build has no link
            to it. Only its address is named here, never its code (the leak test looks for that). */}
        {process.env.NODE_ENV === "development" ? (
          <>
            {" · "}
            <Link href={`/studio/?fichier=${encodeURIComponent(article.id)}`} prefetch={false}>
              Modifier dans le studio
            </Link>
          </>
        ) : null}
      </p>
    </div>
  );
}

/** The same status, short, in a listing card. */
export function UnpublishedBadge({ article }: { article: Article }) {
  const label = unpublishedLabel(article);
  if (!label) return null;
  return <span className="mr-2 inline-block bg-fg px-2 text-xs font-bold uppercase text-bg">{label}</span>;
}
