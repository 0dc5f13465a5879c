import Link from "next/link";
import type { TermCount } from "@/lib/content/queries";
import { Breadcrumb } from "./breadcrumb";

/** All tags (or categories) with the number of articles of each. */
export function TermIndex({ title, terms }: { title: string; terms: (TermCount & { href: string })[] }) {
  return (
    <>
      <Breadcrumb items={[{ label: title }]} />
      <h1 className="mb-8 text-3xl font-bold md:text-4xl">{title}</h1>
      {terms.length ? (
        <ul className="flex flex-wrap gap-3">
          {terms.map((term) => (
            <li key={term.slug}>
              <Link
                href={term.href}
                prefetch={false}
                className="inline-block rounded-full bg-brand-soft px-4 py-2 text-brand no-underline hover:underline"
              >
                {term.label} <span className="text-sm">({term.count} article{term.count > 1 ? "s" : ""})</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucune entrée pour le moment.</p>
      )}
    </>
  );
}
