"use client";
/**
 * The studio's editor: the front-matter form, the text (CodeMirror) with its toolbar, the
 * findings of the content check and « Aperçu », the article rendered by the site itself, both
 * updated as the editor types; « Enregistrer » (and Ctrl+S), the conflict dialog, the publish
 * actions. Text not saved is kept in the browser (localStorage) until it is saved.
 */
import Link from "next/link";
import { useCallback, useEffect, useId, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import type { ContentIssue } from "@/lib/content/types";
import { applyPublish, changesToWire, dateFromFields, describeChanges, formChanges, statusOf, type PublishAction, type Values } from "@/lib/studio/form-model";
import { previewArticle } from "@/lib/studio/preview-action";
import type { OpenedArticle, SaveResult } from "@/lib/studio/store";
import { askAgainOnce, studioRequest } from "./api";
import { CodeEditor, type CodeEditorHandle } from "./code-editor";
import { FrontMatterForm } from "./front-matter-form";
import { InsertDialogs, type InsertKind } from "./insert-dialogs";
import { StudioFrame } from "./studio-frame";
import "./studio.css";

type Props = {
  article: OpenedArticle;
  token: string;
  tags: string[];
  categories: string[];
  events: boolean;
  sectionLabel: string;
  folder: string;
  initialIssues: ContentIssue[];
  bodyLine: number;
};

// « within half a second of a pause »: the preview and the findings are asked for after this.
const PAUSE_MS = 250;

type Stored = { version: string; values: Values; body: string };

export function StudioEditor(props: Props) {
  const { token } = props;
  const storageKey = `chapeau-studio:${props.article.path}`;
  const [opened, setOpened] = useState(props.article);
  const [values, setValues] = useState<Values>(props.article.data);
  const [body, setBody] = useState(props.article.body);
  const [status, setStatus] = useState("");
  const [issues, setIssues] = useState(props.initialIssues);
  const [bodyLine, setBodyLine] = useState(props.bodyLine);
  const [preview, setPreview] = useState<ReactNode>(null);
  const [conflict, setConflict] = useState<OpenedArticle | undefined>();
  const [publish, setPublish] = useState<PublishAction | undefined>();
  const [insert, setInsert] = useState<InsertKind | undefined>();
  const [formKey, setFormKey] = useState(0);
  const [, startTransition] = useTransition();
  const editor = useRef<CodeEditorHandle | null>(null);
  const ids = { findings: useId(), text: useId() };

  const changes = useMemo(() => formChanges(opened.data, values), [opened.data, values]);
  const dirty = Object.keys(changes).length > 0 || body !== opened.body;

  // Text not saved survives a reload of the tab: restored when it was made from this same file.
  useEffect(() => {
    const saved = readStored(storageKey);
    if (saved && saved.version === props.article.version && (saved.body !== props.article.body || Object.keys(formChanges(props.article.data, saved.values)).length)) {
      // The browser's storage is only readable once the page runs there (not in the server's render).
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setValues(saved.values);
      setBody(saved.body);
      editor.current?.setText(saved.body);
      setFormKey((k) => k + 1);
      setStatus("Modifications non enregistrées retrouvées dans ce navigateur.");
    }
    // Once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Kept while it differs from the file; removed by saving or reloading the file only (never
  // here: on the first render the text kept from before the reload is still being restored).
  useEffect(() => {
    if (dirty) localStorage.setItem(storageKey, JSON.stringify({ version: opened.version, values, body } satisfies Stored));
  }, [dirty, storageKey, opened.version, values, body]);

  // « Aperçu » and the findings, after a pause in typing; a late answer never replaces a newer one.
  const asked = useRef(0);
  useEffect(() => {
    const n = ++asked.current;
    const timer = setTimeout(async () => {
      const [rendered, checked] = await Promise.all([
        askAgainOnce(() => previewArticle(token, opened.path, changes, body), () => n === asked.current).catch(() => <p role="alert">L’aperçu n’a pas pu être fait : le serveur de développement est-il lancé ?</p>),
        studioRequest<{ issues?: ContentIssue[]; bodyLine?: number }>(token, "check", { path: opened.path, changes: changesToWire(changes), body }).catch(() => undefined),
      ]);
      if (n !== asked.current) return;
      startTransition(() => setPreview(rendered));
      if (checked?.data.issues) {
        setIssues(checked.data.issues);
        setBodyLine(checked.data.bodyLine ?? 1);
      }
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [token, opened.path, changes, body]);

  const save = useCallback(
    async (over?: OpenedArticle, next: Values = values) => {
      setStatus("Enregistrement…");
      const base = over ?? opened;
      const { data } = await studioRequest<SaveResult | { message: string }>(token, "save", {
        path: base.path,
        version: base.version,
        changes: changesToWire(formChanges(base.data, next)),
        body,
      }).catch(() => ({ data: { message: "le serveur de développement ne répond pas" } }));
      if ("ok" in data && data.ok) {
        setOpened(data.article);
        setValues(data.article.data);
        setFormKey((k) => k + 1);
        setConflict(undefined);
        localStorage.removeItem(storageKey);
        setStatus(data.unchanged ? "Enregistré (aucune modification)" : "Enregistré");
      } else if ("reason" in data && data.reason === "conflict") {
        setConflict(data.disk);
        setStatus("Pas enregistré : le fichier a changé sur le disque depuis son ouverture.");
      } else {
        setStatus(`Pas enregistré : ${"message" in data ? data.message : "erreur inconnue"}`);
      }
    },
    [values, opened, token, body, storageKey],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  const reload = (disk: OpenedArticle) => {
    setOpened(disk);
    setValues(disk.data);
    setBody(disk.body);
    editor.current?.setText(disk.body);
    setFormKey((k) => k + 1);
    setConflict(undefined);
    localStorage.removeItem(storageKey);
    setStatus("Fichier rechargé depuis le disque : vos modifications ont été abandonnées.");
  };

  const uploadFile = async (file: File): Promise<{ url: string; image: boolean } | undefined> => {
    const form = new FormData();
    form.set("file", file);
    setStatus(`Envoi de « ${file.name} »…`);
    const { data } = await studioRequest<{ ok: boolean; url?: string; image?: boolean; message?: string }>(token, "upload", form);
    if (!data.ok || !data.url) {
      setStatus(`Fichier refusé : ${data.message ?? "erreur inconnue"}`);
      return undefined;
    }
    setStatus(`« ${file.name} » déposé : ${data.url}`);
    return { url: data.url, image: data.image ?? false };
  };

  const chooseAndUpload = (accept: string) =>
    new Promise<File | undefined>((resolve) => {
      const input = document.createElement("input");
      input.type = "file";
      input.accept = accept;
      input.onchange = () => resolve(input.files?.[0]);
      input.click();
    });

  const current = statusOf(values);
  const findingsInBody = (issue: ContentIssue) => (issue.line ?? 1) >= bodyLine;

  return (
    <StudioFrame>
      <nav aria-label="Studio" className="mb-2 text-sm">
        <Link href="/studio/" prefetch={false}>
          ← Tous les articles
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">Modifier « {String(values.title ?? opened.path)} »</h1>
      <p className="font-mono text-sm text-muted">{opened.path}</p>

      <div className="sticky top-0 z-10 mt-3 flex flex-wrap items-center gap-3 border-b border-line bg-bg py-2">
        <button type="button" className="studio-button" onClick={() => void save()}>
          Enregistrer
        </button>
        <span className="text-sm text-muted">(Ctrl+S)</span>
        <span>
          Statut : <strong>{current}</strong>
          {dirty ? " — modifications non enregistrées" : ""}
        </span>
        <button type="button" className="studio-button-secondary" onClick={() => setPublish("publier")}>
          Publier maintenant
        </button>
        <button type="button" className="studio-button-secondary" onClick={() => setPublish("programmer")}>
          Programmer
        </button>
        <button type="button" className="studio-button-secondary" onClick={() => setPublish("brouillon")}>
          Repasser en brouillon
        </button>
        <p role="status" className="min-w-64 font-semibold">
          {status}
        </p>
      </div>
      {opened.errors.length ? (
        <p role="alert" className="mt-3 border-l-4 border-accent p-3">
          L’en-tête de ce fichier n’est pas du YAML valide ({opened.errors[0]}) : le formulaire est en lecture seule. Corrigez le fichier dans un éditeur de texte.
        </p>
      ) : null}

      <div className="mt-4 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="entete">
            <h2 id="entete" className="mb-2 text-xl font-bold">
              En-tête
            </h2>
            <FrontMatterForm
              key={formKey}
              values={values}
              onChange={setValues}
              tags={props.tags}
              categories={props.categories}
              events={props.events}
              sectionLabel={props.sectionLabel}
              folder={props.folder}
              readOnly={opened.errors.length > 0}
              upload={async (kind) => {
                const file = await chooseAndUpload(kind === "image" ? "image/jpeg,image/png,image/gif,image/webp" : "");
                return file ? (await uploadFile(file))?.url : undefined;
              }}
            />
          </section>
          <section aria-labelledby="texte">
            <h2 id="texte" className="mb-2 text-xl font-bold">
              Texte
            </h2>
            <div role="toolbar" aria-label="Insérer" aria-controls={ids.text} className="mb-2 flex flex-wrap gap-2">
              <button type="button" className="studio-button-secondary" onClick={() => setInsert("image")}>
                Image…
              </button>
              <button type="button" className="studio-button-secondary" onClick={() => setInsert("encadre")}>
                Encadré…
              </button>
              <button type="button" className="studio-button-secondary" onClick={() => setInsert("video")}>
                Vidéo…
              </button>
              <button type="button" className="studio-button-secondary" onClick={() => setInsert("fichier")}>
                Lien vers un fichier…
              </button>
            </div>
            <p id={`${ids.text}-label`} className="font-semibold">
              Texte de l’article
            </p>
            <div id={ids.text}>
              <CodeEditor
                initial={body}
                label="Texte de l’article"
                describedBy={ids.findings}
                onChange={setBody}
                handleRef={editor}
                onDropFiles={(files) => {
                  const file = files[0];
                  if (file) setInsert(file.type.startsWith("image/") ? { kind: "image", file } : { kind: "fichier", file });
                }}
              />
            </div>
          </section>
          <section aria-labelledby={ids.findings}>
            <h2 id={ids.findings} className="text-xl font-bold">
              Constats ({issues.length})
            </h2>
            {issues.length === 0 ? (
              <p>Aucun constat : la vérification du contenu ne trouve rien à redire.</p>
            ) : (
              <ul className="mt-2 space-y-1">
                {issues.map((issue, i) => (
                  <li key={i}>
                    <button
                      type="button"
                      className="text-left underline"
                      onClick={() => (findingsInBody(issue) ? editor.current?.goToLine((issue.line ?? 1) - bodyLine + 1) : document.getElementById("entete")?.scrollIntoView())}
                    >
                      {findingsInBody(issue) ? `Ligne ${(issue.line ?? 1) - bodyLine + 1} du texte` : `En-tête, ligne ${issue.line ?? 1}`} — {issue.severity === "error" ? "erreur" : "avertissement"} : {issue.message}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <section aria-label="Aperçu" className="min-w-0 border border-line p-4 xl:sticky xl:top-16 xl:max-h-[calc(100vh-5rem)] xl:overflow-auto">
          <h2 className="mb-4 text-sm font-bold uppercase text-muted">Aperçu</h2>
          {preview ?? <p>Préparation de l’aperçu…</p>}
        </section>
      </div>

      <InsertDialogs
        request={insert}
        format={opened.format}
        onClose={() => setInsert(undefined)}
        onInsert={(text) => {
          setInsert(undefined);
          editor.current?.insert(text);
        }}
        upload={uploadFile}
      />
      {conflict ? (
        <ConflictDialog onReload={() => reload(conflict)} onKeep={() => void save(conflict)} onClose={() => setConflict(undefined)} />
      ) : null}
      {publish ? (
        <PublishDialog
          action={publish}
          values={values}
          onClose={() => setPublish(undefined)}
          onConfirm={(next) => {
            setPublish(undefined);
            setValues(next);
            setFormKey((k) => k + 1);
            void save(undefined, next);
          }}
        />
      ) : null}
    </StudioFrame>
  );
}

function readStored(key: string): Stored | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? "null");
    if (value && typeof value === "object" && "version" in value && "values" in value && "body" in value) return value as Stored;
  } catch {
    // Nothing usable was kept.
  }
  return undefined;
}

/** A modal dialog (the browser's own: focus kept inside, Escape closes it, focus given back). */
export function Modal({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog ref={ref} aria-labelledby={id} onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

function ConflictDialog({ onReload, onKeep, onClose }: { onReload(): void; onKeep(): void; onClose(): void }) {
  return (
    <Modal title="Le fichier a changé sur le disque" onClose={onClose}>
      <p>Depuis que vous l’avez ouvert, ce fichier a été modifié ailleurs (un git pull, un autre éditeur). Rien n’a été écrit.</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className="studio-button-secondary" onClick={onReload}>
          Recharger le fichier (abandonner mes modifications)
        </button>
        <button type="button" className="studio-button" onClick={onKeep}>
          Garder ma version (écrire par-dessus)
        </button>
        <button type="button" className="studio-button-secondary" onClick={onClose}>
          Annuler
        </button>
      </div>
    </Modal>
  );
}

const PUBLISH_TITLES: Record<PublishAction, string> = {
  publier: "Publier maintenant",
  programmer: "Programmer la publication",
  brouillon: "Repasser en brouillon",
};

function PublishDialog({ action, values, onClose, onConfirm }: { action: PublishAction; values: Values; onClose(): void; onConfirm(next: Values): void }) {
  const id = useId();
  const [day, setDay] = useState("");
  const [time, setTime] = useState("10:00");
  const [openedAt] = useState(() => Date.now());
  const at = action === "programmer" ? dateFromFields(day, time) : undefined;
  const next = action === "programmer" && !at ? undefined : applyPublish(values, action, { at });
  const lines = next ? describeChanges(values, next) : [];
  return (
    <Modal title={PUBLISH_TITLES[action]} onClose={onClose}>
      {action === "programmer" ? (
        <fieldset className="mb-3 flex flex-wrap items-end gap-3">
          <legend className="font-semibold">Date de publication (heure de Paris)</legend>
          <div className="flex flex-col">
            <label htmlFor={`${id}-day`}>Jour</label>
            <input id={`${id}-day`} type="date" className="studio-input" value={day} onChange={(e) => setDay(e.target.value)} />
          </div>
          <div className="flex flex-col">
            <label htmlFor={`${id}-time`}>Heure</label>
            <input id={`${id}-time`} type="time" className="studio-input" value={time} onChange={(e) => setTime(e.target.value)} />
          </div>
        </fieldset>
      ) : null}
      <h3 className="font-semibold">Ce qui changera dans le fichier :</h3>
      {lines.length ? (
        <ul className="mt-1 list-disc pl-6 font-mono text-sm" aria-live="polite">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p aria-live="polite">{next ? "Rien : l’article est déjà dans cet état." : "Choisissez le jour de publication."}</p>
      )}
      {action === "programmer" && at && statusOf({ date: at }, openedAt) !== "Programmé" ? (
        <p role="alert">Cette date est passée : l’article serait publié tout de suite.</p>
      ) : null}
      <div className="mt-4 flex gap-3">
        <button type="button" className="studio-button" disabled={!next} onClick={() => next && onConfirm(next)}>
          Confirmer et enregistrer
        </button>
        <button type="button" className="studio-button-secondary" onClick={onClose}>
          Annuler
        </button>
      </div>
    </Modal>
  );
}
