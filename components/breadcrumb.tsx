import Link from "next/link";

export type Crumb = { label: string; href?: string };

/** « Accueil › Actualités › Titre »: the last crumb is the current page. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  const all: Crumb[] = [{ label: "Accueil", href: "/" }, ...items];
  return (
    <nav aria-label="Fil d’Ariane" className="mb-6 text-sm" data-pagefind-ignore="all">
      <ol className="flex flex-wrap gap-x-2 text-muted">
        {all.map((crumb, i) => {
          const last = i === all.length - 1;
          return (
            <li key={i} className="flex items-center gap-2">
              {last || !crumb.href ? (
                <span aria-current={last ? "page" : undefined} className="line-clamp-1">
                  {crumb.label}
                </span>
              ) : (
                <Link href={crumb.href} prefetch={false} className="text-muted">
                  {crumb.label}
                </Link>
              )}
              {last ? null : <span aria-hidden="true">›</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
