import Link from "next/link";
import { unpublishedArticles } from "@/lib/content/queries";
import type { Article, ContentIssue } from "@/lib/content/types";
import { Breadcrumb } from "./breadcrumb";
import { unpublishedLabel } from "./unpublished";

/**
 * `/brouillons/` in the preview: every article readers cannot see yet, and where its file is;
 * then the files that are no article yet (to repair), with what is wrong with them.
 */
export function DraftsPage() {
  const { scheduled, drafts, toRepair } = unpublishedArticles();
  return (
    <>
      <Breadcrumb items={[{ label: "Brouillons et articles programmés" }]} />
      <h1 className="mb-2 text-3xl font-bold md:text-4xl">Brouillons et articles programmés</h1>
      <p className="mb-8 text-muted">
        Cette page n’existe que dans l’aperçu local et les déploiements de prévisualisation : le site publié n’en garde
        aucune trace.
      </p>
      {/* The studio exists only under `next dev` (app/studio/*.dev.tsx): a preview build has no link to it. */}
      {process.env.NODE_ENV === "development" ? (
        <p className="-mt-4 mb-8">
          <Link href="/studio/" prefetch={false}>
            Écrire et modifier les articles dans le studio
          </Link>
        </p>
      ) : null}
      <DraftList id="programmes" title="Programmés" articles={scheduled} empty="Aucun article programmé." />
      <DraftList id="brouillons" title="Brouillons" articles={drafts} empty="Aucun brouillon." />
      <RepairList files={toRepair} />
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
                {[unpublishedLabel(article), missing(article), article.section.label].filter(Boolean).join(" · ")} ·{" "}
                <code>{article.id}</code>
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

/** What a draft still lacks to be published: « sans titre (nom du fichier) », « sans date ». */
function missing(article: Article): string | undefined {
  const lacks = [article.untitled ? "sans titre (nom du fichier)" : undefined, article.date ? undefined : "sans date"].filter(Boolean);
  return lacks.length ? `À compléter avant publication : ${lacks.join(", ")}` : undefined;
}

type RepairItem = { displayPath: string; issues: ContentIssue[]; url?: string };

function RepairList({ files }: { files: RepairItem[] }) {
  return (
    <section aria-labelledby="a-reparer" className="mb-10">
      <h2 id="a-reparer" className="mb-4 text-2xl font-bold">
        À réparer ({files.length})
      </h2>
      <p className="mb-4 text-muted">
        Ces fichiers ne peuvent pas encore être lus comme des articles : ils ne sont jamais publiés. Corrigez-les à
        l’endroit indiqué (la vérification du contenu, <code>npm run check</code>, donne les mêmes messages).
      </p>
      {files.length ? (
        <ul className="space-y-4">
          {files.map((file) => (
            <li key={file.displayPath} className="border-l-4 border-accent pl-4">
              <p className="font-semibold">
                {file.url ? (
                  <Link href={file.url} prefetch={false}>
                    <code>{file.displayPath}</code>
                  </Link>
                ) : (
                  <code>{file.displayPath}</code>
                )}
              </p>
              <ul className="text-sm">
                {file.issues.map((issue, i) => (
                  <li key={i}>
                    {issue.line ? `ligne ${issue.line}${issue.column ? `, colonne ${issue.column}` : ""}\u00a0: ` : ""}
                    {issue.message}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun fichier à réparer.</p>
      )}
    </section>
  );
}
