import Link from "next/link";
import type { Article } from "@/lib/content/types";

/** The previous (older) and next (newer) article of the same section. */
export function ArticlePager({ previous, next, sectionLabel }: { previous?: Article; next?: Article; sectionLabel: string }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={`Autres articles de la rubrique ${sectionLabel}`} className="article-pager my-10 border-y border-line py-6">
      <ul className="grid gap-6 sm:grid-cols-2">
        {previous ? (
          <li>
            <span className="block text-sm text-muted">Article précédent</span>
            <Link href={previous.url} prefetch={false} rel="prev" className="font-semibold">
              {previous.title}
            </Link>
          </li>
        ) : null}
        {next ? (
          <li className="sm:col-start-2 sm:text-right">
            <span className="block text-sm text-muted">Article suivant</span>
            <Link href={next.url} prefetch={false} rel="next" className="font-semibold">
              {next.title}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
