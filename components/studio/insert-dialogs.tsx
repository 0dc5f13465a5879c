"use client";
/**
 * The toolbar's small dialogs: an image (a file dropped or chosen, or an address; its alternative
 * text, caption and alignment), an encadré, a video, a link to a file. What they insert comes from
 * lib/studio/snippets.ts, which follows docs/editing.md.
 */
import { useId, useState, type FormEvent } from "react";
import { encadreSnippet, fileLinkSnippet, imageSnippet, videoSnippet, type Align } from "@/lib/studio/snippets";
import { Modal } from "./editor";

export type InsertKind = "image" | "encadre" | "video" | "fichier" | { kind: "image" | "fichier"; file: File };

type Props = {
  request: InsertKind | undefined;
  format: "md" | "mdx";
  onClose(): void;
  onInsert(text: string): void;
  upload(file: File): Promise<{ url: string } | undefined>;
};

export function InsertDialogs({ request, format, onClose, onInsert, upload }: Props) {
  if (!request) return null;
  const kind = typeof request === "string" ? request : request.kind;
  const file = typeof request === "string" ? undefined : request.file;
  if (kind === "image") return <ImageDialog format={format} dropped={file} onClose={onClose} onInsert={onInsert} upload={upload} />;
  if (kind === "fichier") return <FileDialog dropped={file} onClose={onClose} onInsert={onInsert} upload={upload} />;
  if (kind === "encadre") return <EncadreDialog format={format} onClose={onClose} onInsert={onInsert} />;
  return <VideoDialog format={format} onClose={onClose} onInsert={onInsert} />;
}

function ImageDialog({ format, dropped, onClose, onInsert, upload }: { format: "md" | "mdx"; dropped?: File } & Omit<Props, "request" | "format">) {
  const id = useId();
  const [error, setError] = useState("");
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = dropped ?? (form.get("file") instanceof File && (form.get("file") as File).size ? (form.get("file") as File) : undefined);
    let src = String(form.get("src") ?? "").trim();
    if (chosen) {
      const stored = await upload(chosen);
      if (!stored) return setError("Le fichier a été refusé : voir le message d’état.");
      src = stored.url;
    }
    if (!src) return setError("Choisissez un fichier image ou donnez son adresse.");
    const alt = String(form.get("alt") ?? "").trim();
    onInsert(imageSnippet(format, { src, alt, caption: String(form.get("caption") ?? "").trim(), align: String(form.get("align") ?? "center") as Align }));
  }
  return (
    <Modal title="Insérer une image" onClose={onClose}>
      <form onSubmit={submit} className="space-y-3">
        {dropped ? (
          <p>Fichier : « {dropped.name} »</p>
        ) : (
          <>
            <div className="flex flex-col">
              <label htmlFor={`${id}-file`}>Fichier image (JPEG, PNG, GIF ou WebP)</label>
              <input id={`${id}-file`} name="file" type="file" accept="image/jpeg,image/png,image/gif,image/webp" />
            </div>
            <div className="flex flex-col">
              <label htmlFor={`${id}-src`}>ou adresse d’une image déjà déposée</label>
              <input id={`${id}-src`} name="src" className="studio-input" placeholder="/uploads/mon-image.jpg" />
            </div>
          </>
        )}
        <div className="flex flex-col">
          <label htmlFor={`${id}-alt`}>Texte alternatif (obligatoire)</label>
          <p id={`${id}-alt-hint`} className="text-sm text-muted">
            Ce que montre l’image, pour les personnes qui ne la voient pas.
          </p>
          <input id={`${id}-alt`} name="alt" required className="studio-input" aria-describedby={`${id}-alt-hint`} />
        </div>
        <div className="flex flex-col">
          <label htmlFor={`${id}-caption`}>Légende</label>
          <input id={`${id}-caption`} name="caption" className="studio-input" />
        </div>
        <fieldset>
          <legend>Alignement</legend>
          {(
            [
              ["center", "Centrée"],
              ["left", "À gauche, le texte à côté"],
              ["right", "À droite, le texte à côté"],
            ] as const
          ).map(([value, label]) => (
            <div key={value}>
              <input id={`${id}-align-${value}`} type="radio" name="align" value={value} defaultChecked={value === "center"} />{" "}
              <label htmlFor={`${id}-align-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        {error ? <p role="alert">{error}</p> : null}
        <Buttons onClose={onClose} />
      </form>
    </Modal>
  );
}

function FileDialog({ dropped, onClose, onInsert, upload }: { dropped?: File } & Omit<Props, "request" | "format">) {
  const id = useId();
  const [error, setError] = useState("");
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = dropped ?? (form.get("file") as File | null);
    if (!chosen || !chosen.size) return setError("Choisissez un fichier.");
    const stored = await upload(chosen);
    if (!stored) return setError("Le fichier a été refusé : voir le message d’état.");
    onInsert(fileLinkSnippet({ url: stored.url, name: String(form.get("name") ?? "").trim() || chosen.name }));
  }
  return (
    <Modal title="Insérer un lien vers un fichier" onClose={onClose}>
      <form onSubmit={submit} className="space-y-3">
        {dropped ? (
          <p>Fichier : « {dropped.name} »</p>
        ) : (
          <div className="flex flex-col">
            <label htmlFor={`${id}-file`}>Fichier (PDF, document bureautique, CSV…)</label>
            <input id={`${id}-file`} name="file" type="file" />
          </div>
        )}
        <div className="flex flex-col">
          <label htmlFor={`${id}-name`}>Texte du lien (dit ce qu’est le fichier)</label>
          <input id={`${id}-name`} name="name" className="studio-input" />
        </div>
        {error ? <p role="alert">{error}</p> : null}
        <Buttons onClose={onClose} />
      </form>
    </Modal>
  );
}

function EncadreDialog({ format, onClose, onInsert }: { format: "md" | "mdx"; onClose(): void; onInsert(text: string): void }) {
  const id = useId();
  return (
    <Modal title="Insérer un encadré" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          onInsert(encadreSnippet(format, { title: String(form.get("title") ?? "").trim(), text: String(form.get("text") ?? "") }));
        }}
        className="space-y-3"
      >
        <div className="flex flex-col">
          <label htmlFor={`${id}-title`}>Titre de l’encadré</label>
          <input id={`${id}-title`} name="title" required className="studio-input" />
        </div>
        <div className="flex flex-col">
          <label htmlFor={`${id}-text`}>Contenu (Markdown)</label>
          <textarea id={`${id}-text`} name="text" rows={4} className="studio-input" />
        </div>
        <Buttons onClose={onClose} />
      </form>
    </Modal>
  );
}

function VideoDialog({ format, onClose, onInsert }: { format: "md" | "mdx"; onClose(): void; onInsert(text: string): void }) {
  const id = useId();
  return (
    <Modal title="Insérer une vidéo" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          onInsert(videoSnippet(format, { src: String(form.get("src") ?? "").trim(), title: String(form.get("title") ?? "").trim() }));
        }}
        className="space-y-3"
      >
        <div className="flex flex-col">
          <label htmlFor={`${id}-src`}>Adresse du lecteur (YouTube, Dailymotion, Vimeo, PeerTube…)</label>
          <input id={`${id}-src`} name="src" type="url" required className="studio-input" placeholder="https://www.dailymotion.com/embed/video/…" />
        </div>
        <div className="flex flex-col">
          <label htmlFor={`${id}-title`}>Titre de la vidéo</label>
          <input id={`${id}-title`} name="title" required className="studio-input" />
        </div>
        <Buttons onClose={onClose} />
      </form>
    </Modal>
  );
}

function Buttons({ onClose }: { onClose(): void }) {
  return (
    <div className="flex gap-3 pt-2">
      <button type="submit" className="studio-button">
        Insérer
      </button>
      <button type="button" className="studio-button-secondary" onClick={onClose}>
        Annuler
      </button>
    </div>
  );
}
