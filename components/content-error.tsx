import { formatIssue } from "@/lib/content/issues";
import type { ContentIssue } from "@/lib/content/types";

/** Development only: why a file could not be published, where editors will look for it. */
export function ContentErrorView({ file, issues }: { file: string; issues: ContentIssue[] }) {
  return (
    <div role="alert" className="my-8 border-l-4 border-accent bg-bg-alt p-6">
      <h1 className="text-2xl font-bold">Cet article ne peut pas être publié</h1>
      <p className="mt-2">
        Le fichier <code>{file}</code> contient des erreurs. Corrigez-les et enregistrez : la page se mettra à jour.
      </p>
      <ul className="mt-4 space-y-2 font-mono text-sm">
        {issues.map((issue, i) => (
          <li key={i}>{formatIssue(issue)}</li>
        ))}
      </ul>
    </div>
  );
}
