import Link from "next/link";

type PaginationProps = { page: number; pageCount: number; href: (page: number) => string };

/** « Précédent 1 2 3 Suivant », with the current page announced. */
export function Pagination({ page, pageCount, href }: PaginationProps) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 2,
  );
  return (
    <nav aria-label="Pagination" className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} prefetch={false} rel="prev" className="block px-3 py-2">
              ‹ Page précédente
            </Link>
          </li>
        ) : null}
        {pages.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - pages[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="block bg-brand px-3 py-2 font-bold text-bg">
                <span className="sr-only">Page </span>
                {p}
              </span>
            ) : (
              <Link href={href(p)} prefetch={false} className="block px-3 py-2">
                <span className="sr-only">Page </span>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} prefetch={false} rel="next" className="block px-3 py-2">
              Page suivante ›
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
