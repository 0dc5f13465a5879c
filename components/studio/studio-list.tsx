"use client";
/**
 * The studio's list (/studio/): every article with its status and findings, filters, a search by
 * title, and « Nouvel article ». Filtering happens here, in the browser: the list is one page.
 */
import Link from "next/link";
import { useId, useMemo, useState, type FormEvent } from "react";
import type { SectionChoice } from "@/lib/studio/choices";
import type { ListEntry } from "@/lib/studio/list";
import { STATUSES } from "@/lib/studio/statuses";
import { withBasePath } from "@/lib/urls";
import { editUrl, studioRequest } from "./api";
import { StudioFrame } from "./studio-frame";
import "./studio.css";

const dateFormat = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" });

export function StudioList({ entries, sections, token }: { entries: ListEntry[]; sections: SectionChoice[]; token: string }) {
  const [status, setStatus] = useState("");
  const [section, setSection] = useState("");
  const [query, setQuery] = useState("");
  const [message, setMessage] = useState("");
  const [creating, setCreating] = useState(false);
  const ids = { status: useId(), section: useId(), query: useId(), title: useId(), newSection: useId() };
  const shown = useMemo(() => {
    const q = fold(query.trim());
    return entries.filter((e) => (!status || e.status === status) && (!section || e.section === section) && (!q || fold(e.title).includes(q)));
  }, [entries, status, section, query]);
  const sectionLabels = [...new Set(entries.map((e) => e.section))].sort((a, b) => a.localeCompare(b, "fr"));

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setCreating(true);
    setMessage("Création de l’article…");
    const { data } = await studioRequest<{ ok: boolean; path?: string; message?: string }>(token, "create", {
      title: String(form.get("title") ?? ""),
      section: String(form.get("section") ?? ""),
    });
    setCreating(false);
    // A full navigation: the live preview refreshes the list when the new file appears, and a
    // refresh would cancel a client-side navigation under way.
    if (data.ok && data.path) window.location.assign(withBasePath(editUrl(data.path)));
    else setMessage(`L’article n’a pas été créé : ${data.message ?? "erreur inconnue"}`);
  }

  return (
    <StudioFrame>
      <h1 className="text-3xl font-bold">Studio</h1>
      <p className="mt-2 text-muted">Les articles du dossier de contenu. Les modifications sont écrites dans les fichiers ; git en garde l’historique.</p>

      <section aria-labelledby="nouvel-article" className="mt-6 border border-line p-4">
        <h2 id="nouvel-article" className="text-xl font-bold">
          Nouvel article
        </h2>
        <form onSubmit={create} className="mt-3 flex flex-wrap items-end gap-4">
          <div className="flex flex-col">
            <label htmlFor={ids.title}>Titre</label>
            <input id={ids.title} name="title" required className="studio-input w-96" />
          </div>
          <div className="flex flex-col">
            <label htmlFor={ids.newSection}>Rubrique</label>
            <select id={ids.newSection} name="section" className="studio-input">
              {sections.map((s) => (
                <option key={s.folder} value={s.folder}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="studio-button" disabled={creating}>
            Créer l’article
          </button>
        </form>
      </section>
      <p role="status" className="mt-2 min-h-6">
        {message}
      </p>

      <section aria-labelledby="liste-articles" className="mt-6">
        <h2 id="liste-articles" className="text-xl font-bold">
          Articles
        </h2>
        <div className="mt-3 flex flex-wrap items-end gap-4" role="search" aria-label="Filtrer les articles">
          <div className="flex flex-col">
            <label htmlFor={ids.query}>Rechercher un titre</label>
            <input id={ids.query} type="search" value={query} onChange={(e) => setQuery(e.target.value)} className="studio-input w-80" />
          </div>
          <div className="flex flex-col">
            <label htmlFor={ids.status}>Statut</label>
            <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value)} className="studio-input">
              <option value="">Tous</option>
              {STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </div>
          <div className="flex flex-col">
            <label htmlFor={ids.section}>Rubrique</label>
            <select id={ids.section} value={section} onChange={(e) => setSection(e.target.value)} className="studio-input">
              <option value="">Toutes</option>
              {sectionLabels.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </div>
        </div>
        <p aria-live="polite" className="mt-3 text-sm">
          {shown.length} {shown.length > 1 ? "articles" : "article"} sur {entries.length}
        </p>
        <table className="mt-2 w-full border-collapse text-left">
          <caption className="sr-only">Articles du dossier de contenu</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">Titre</th>
              <th scope="col" className="py-2 pr-4">Rubrique</th>
              <th scope="col" className="py-2 pr-4">Date</th>
              <th scope="col" className="py-2 pr-4">Statut</th>
              <th scope="col" className="py-2">Constats</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.path} className="border-b border-line align-top">
                <td className="py-2 pr-4">
                  <Link href={editUrl(e.path)} prefetch={false}>
                    {e.title}
                  </Link>
                  <div className="font-mono text-xs text-muted">{e.path}</div>
                </td>
                <td className="py-2 pr-4">{e.section}</td>
                <td className="py-2 pr-4">{e.date ? dateFormat.format(new Date(e.date)) : "—"}</td>
                <td className="py-2 pr-4">{e.status}</td>
                <td className="py-2">
                  {e.findings === 0 ? "aucun" : `${e.findings}${e.errors ? ` (dont ${e.errors} ${e.errors > 1 ? "erreurs" : "erreur"})` : ""}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </StudioFrame>
  );
}

/** Case, accents and punctuation do not matter in a search: « rendez vous ete » finds « Rendez-vous d’été ». */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
