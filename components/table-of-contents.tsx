import type { OutlineEntry } from "@/lib/markdown/outline";

type Group = OutlineEntry & { children: OutlineEntry[] };

/** h3 entries sit under the h2 before them; an h3 before any h2 stands on its own. */
function nest(entries: OutlineEntry[]): Group[] {
  const groups: Group[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (entry.level === 3 && last) last.children.push(entry);
    else groups.push({ ...entry, children: [] });
  }
  return groups;
}

/**
 * « Sommaire »: links to the sections of a long article. Its ids hold an underscore, which heading
 * anchors (ASCII slugs) never do, so a section called « Sommaire » cannot clash with it.
 */
export function TableOfContents({ entries, lang }: { entries: OutlineEntry[]; lang?: string }) {
  return (
    <nav aria-labelledby="sommaire_titre" className="toc my-8 border-l-4 border-line py-1 pl-5" data-pagefind-ignore="all">
      <h2 id="sommaire_titre" className="mb-2 text-base font-bold">
        Sommaire
      </h2>
      <ol className="space-y-1" lang={lang}>
        {nest(entries).map((group) => (
          <li key={group.id}>
            <a href={`#${group.id}`}>{group.text}</a>
            {group.children.length ? (
              <ol className="mt-1 space-y-1 pl-5">
                {group.children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
