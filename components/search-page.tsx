"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";

/**
 * The search page: the words typed are looked up in the Pagefind index built from the published
 * articles, entirely in the browser. The engine loads only here, on first use. Results come ten
 * at a time; their number is announced to screen readers.
 */

const PAGE_SIZE = 10;

type ResultData = { url: string; excerpt: string; title: string; section?: string; date?: string };
type ResultHandle = { data: () => Promise<unknown> };
type Engine = { search: (query: string) => Promise<unknown> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Pagefind's answers, checked rather than trusted. */
function toResultData(value: unknown): ResultData | undefined {
  if (!isRecord(value) || typeof value.url !== "string" || typeof value.excerpt !== "string") return undefined;
  const meta = isRecord(value.meta) ? value.meta : {};
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
  return { url: value.url, excerpt: value.excerpt, title: text(meta.title) ?? value.url, section: text(meta.section), date: text(meta.date) };
}

function toHandles(value: unknown): ResultHandle[] {
  if (!isRecord(value) || !Array.isArray(value.results)) return [];
  return value.results.filter((r): r is ResultHandle => isRecord(r) && typeof r.data === "function");
}

let engine: Promise<Engine> | undefined;

function loadEngine(url: string): Promise<Engine> {
  engine ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url).then((mod: unknown) => {
    if (!isRecord(mod) || typeof mod.search !== "function") throw new Error("search index not found");
    return { search: mod.search as Engine["search"] };
  });
  return engine;
}

/** The excerpt's text with Pagefind's `<mark>` highlights, and nothing else of its markup. */
function Excerpt({ html }: { html: string }) {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return (
    <>
      {[...body.childNodes].map((node, i) =>
        node.nodeName === "MARK" ? <mark key={i}>{node.textContent}</mark> : <span key={i}>{node.textContent}</span>,
      )}
    </>
  );
}

type State =
  | { kind: "idle" }
  | { kind: "searching"; query: string }
  | { kind: "done"; query: string; handles: ResultHandle[]; shown: ResultData[] }
  | { kind: "error" };

function plural(n: number, word: string) {
  return `${n} ${word}${n > 1 ? "s" : ""}`;
}

function statusText(state: State): string {
  switch (state.kind) {
    case "searching":
      return "Recherche en cours…";
    case "done":
      return state.handles.length
        ? `${plural(state.handles.length, "résultat")} pour « ${state.query} »`
        : `Aucun résultat pour « ${state.query} ». Essayez d’autres mots.`;
    case "error":
      return "La recherche est indisponible pour le moment.";
    default:
      return "";
  }
}

export function SearchPage({ engineUrl }: { engineUrl: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | undefined>(undefined);

  async function run(query: string) {
    const q = query.trim();
    if (!q) return setState({ kind: "idle" });
    setState({ kind: "searching", query: q });
    try {
      const handles = toHandles(await (await loadEngine(engineUrl)).search(q));
      const shown = await load(handles, 0);
      setState({ kind: "done", query: q, handles, shown });
    } catch {
      setState({ kind: "error" });
    }
  }

  async function load(handles: ResultHandle[], from: number): Promise<ResultData[]> {
    const data = await Promise.all(handles.slice(from, from + PAGE_SIZE).map((h) => h.data()));
    return data.map(toResultData).filter((d): d is ResultData => !!d);
  }

  async function more() {
    if (state.kind !== "done") return;
    const next = await load(state.handles, state.shown.length);
    focusIndex.current = state.shown.length;
    setState({ ...state, shown: [...state.shown, ...next] });
  }

  // The words in the address (`?q=`, from the header field or a shared link) are searched at once.
  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    if (input.current) input.current.value = q;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is only known in the browser
    if (q.trim()) void run(q);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);

  // After « more results », keyboard focus moves to the first new result.
  useEffect(() => {
    if (focusIndex.current === undefined) return;
    list.current?.querySelectorAll("a")[focusIndex.current]?.focus();
    focusIndex.current = undefined;
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = input.current?.value ?? "";
    window.history.replaceState(null, "", `?q=${encodeURIComponent(q.trim())}`);
    void run(q);
  }

  return (
    <>
      <form role="search" aria-label="Rechercher dans les articles" onSubmit={submit} className="flex flex-wrap gap-2">
        <label htmlFor="recherche-mots" className="w-full font-semibold">
          Mots recherchés
        </label>
        <input
          ref={input}
          id="recherche-mots"
          type="search"
          name="q"
          autoComplete="off"
          className="min-w-0 flex-1 border border-b-2 border-line border-b-brand bg-bg-alt px-3 py-2 text-fg"
        />
        <button type="submit" className="cursor-pointer bg-brand px-4 py-2 font-semibold text-bg">
          Rechercher
        </button>
      </form>
      <noscript>
        <p className="mt-4">La recherche fonctionne dans votre navigateur : elle nécessite JavaScript.</p>
      </noscript>
      <p role="status" className="mt-6 font-semibold">
        {statusText(state)}
      </p>
      {state.kind === "done" && state.shown.length ? (
        <>
          <ol ref={list} className="mt-4 space-y-6">
            {state.shown.map((result) => (
              <li key={result.url} className="border-b border-line pb-6">
                <h2 className="text-xl font-bold">
                  <a href={result.url}>{result.title}</a>
                </h2>
                {result.section || result.date ? (
                  <p className="mt-1 text-sm text-muted">{[result.section, result.date].filter(Boolean).join(" · ")}</p>
                ) : null}
                <p className="search-excerpt mt-2">
                  <Excerpt html={result.excerpt} />
                </p>
              </li>
            ))}
          </ol>
          {state.shown.length < state.handles.length ? (
            <button type="button" onClick={more} className="mt-6 cursor-pointer border border-brand px-4 py-2 text-brand hover:bg-brand-soft">
              Afficher plus de résultats ({state.handles.length - state.shown.length} restants)
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
