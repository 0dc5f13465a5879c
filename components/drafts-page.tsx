import Link from "next/link";
import { unpublishedArticles } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { Breadcrumb } from "./breadcrumb";
import { unpublishedLabel } from "./unpublished";

/** `/brouillons/` in the preview: every article readers cannot see yet, and where its file is. */
export function DraftsPage() {
  const { scheduled, drafts } = unpublishedArticles();
  return (
    <>
      <Breadcrumb items={[{ label: "Brouillons et articles programmés" }]} />
      <h1 className="mb-2 text-3xl font-bold md:text-4xl">Brouillons et articles programmés</h1>
      <p className="mb-8 text-muted">
        Cette page n’existe que dans l’aperçu local et les déploiements de prévisualisation : le site publié n’en garde
        aucune trace.
      </p>
      <DraftList id="programmes" title="Programmés" articles={scheduled} empty="Aucun article programmé." />
      <DraftList id="brouillons" title="Brouillons" articles={drafts} empty="Aucun brouillon." />
    </>
  );
}

function DraftList({ id, title, articles, empty }: { id: string; title: string; articles: Article[]; empty: string }) {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title} ({articles.length})
      </h2>
      {articles.length ? (
        <ul className="space-y-4">
          {articles.map((article) => (
            <li key={article.id} className="border-l-4 border-line pl-4">
              <Link href={article.url} prefetch={false} className="text-lg font-semibold">
                {article.title}
              </Link>
              <p className="text-sm text-muted">
                {unpublishedLabel(article)} · {article.section.label} · <code>{article.id}</code>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  );
}
