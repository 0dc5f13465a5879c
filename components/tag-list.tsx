import Link from "next/link";
import type { Term } from "@/lib/content/types";
import { tagUrl } from "@/lib/urls";

/** The tags of an article, each a link to its tag page. */
export function TagList({ tags }: { tags: Term[] }) {
  if (!tags.length) return null;
  return (
    <section aria-labelledby="mots-cles" className="my-10">
      <h2 id="mots-cles" className="mb-3 text-base font-bold">
        Mots-clés
      </h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={tagUrl(tag.slug)}
              prefetch={false}
              rel="tag"
              className="inline-block rounded-full bg-brand-soft px-3 py-1 text-sm text-brand no-underline hover:underline"
            >
              {tag.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
