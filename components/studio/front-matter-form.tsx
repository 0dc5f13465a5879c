"use client";
/**
 * The article's front matter as a form: the keys of the site's schema (docs/editing.md) with
 * French labels. Every change goes to `values`; keys the form does not show are never touched.
 */
import { useId, useState } from "react";
import { dateFields, dateFromFields, isRecord, type Attachment, type Image, type Values } from "@/lib/studio/form-model";

type Props = {
  values: Values;
  onChange(values: Values): void;
  tags: string[];
  categories: string[];
  events: boolean;
  sectionLabel: string;
  folder: string;
  readOnly: boolean;
  /** Choose a file and upload it: its address, or undefined when it was refused. */
  upload(kind: "image" | "file"): Promise<string | undefined>;
};

export function FrontMatterForm({ values, onChange, tags, categories, events, sectionLabel, folder, readOnly, upload }: Props) {
  const set = (key: string, value: unknown) => onChange({ ...values, [key]: value });
  const id = useId();
  const text = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : values[key] == null ? "" : String(values[key]));
  const images = (Array.isArray(values["une-ou-diaporama"]) ? values["une-ou-diaporama"] : []).filter(isRecord) as Image[];
  const files = (Array.isArray(values.files) ? values.files : []).filter(isRecord) as Attachment[];
  return (
    <fieldset disabled={readOnly} className="space-y-4">
      <legend className="sr-only">En-tête de l’article</legend>
      <Field id={`${id}-title`} label="Titre">
        <input id={`${id}-title`} className="studio-input w-full" value={text("title")} required onChange={(e) => set("title", e.target.value)} />
      </Field>
      <DateField label="Date de publication" value={values.date} onChange={(v) => set("date", v)} />
      <p>
        Rubrique : <strong>{sectionLabel}</strong> <span className="text-sm text-muted">(dossier {folder}/ ; pour changer de rubrique, déplacez le fichier)</span>
      </p>
      <Field id={`${id}-subtitle`} label="Sous-titre">
        <input id={`${id}-subtitle`} className="studio-input w-full" value={text("sous-titre")} onChange={(e) => set("sous-titre", e.target.value)} />
      </Field>
      <Field id={`${id}-chapeau`} label="Chapeau" hint="Deux ou trois phrases, 300 caractères au plus. Markdown accepté.">
        <textarea id={`${id}-chapeau`} className="studio-input w-full" rows={3} value={text("chapeau-text")} onChange={(e) => set("chapeau-text", e.target.value)} aria-describedby={`${id}-chapeau-hint`} />
      </Field>
      <TermsField label="Mots-clés" values={values.tags} choices={tags} onChange={(v) => set("tags", v)} />
      <TermsField label="Catégories" values={values.categories} choices={categories} onChange={(v) => set("categories", v)} />

      <fieldset className="border border-line p-3">
        <legend className="px-1 font-semibold">Image d’en-tête (plusieurs images font un diaporama)</legend>
        {images.map((image, i) => (
          <fieldset key={i} className="mt-2 border-t border-line pt-2">
            <legend className="text-sm font-semibold">Image {i + 1}</legend>
            <Field id={`${id}-img-${i}`} label="Adresse de l’image">
              <input id={`${id}-img-${i}`} className="studio-input w-full" value={image.image ?? ""} onChange={(e) => set("une-ou-diaporama", replace(images, i, { ...image, image: e.target.value }))} />
            </Field>
            <Field id={`${id}-alt-${i}`} label="Texte alternatif (obligatoire)">
              <input id={`${id}-alt-${i}`} className="studio-input w-full" required value={image["alternative-textuelle"] ?? ""} onChange={(e) => set("une-ou-diaporama", replace(images, i, { ...image, "alternative-textuelle": e.target.value }))} />
            </Field>
            <Field id={`${id}-leg-${i}`} label="Légende">
              <input id={`${id}-leg-${i}`} className="studio-input w-full" value={image.legende ?? ""} onChange={(e) => set("une-ou-diaporama", replace(images, i, withOptional(image, "legende", e.target.value)))} />
            </Field>
            <button type="button" className="studio-button-secondary mt-2" onClick={() => set("une-ou-diaporama", images.filter((_, j) => j !== i))}>
              Retirer l’image {i + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="studio-button-secondary mt-3"
          onClick={async () => {
            const url = await upload("image");
            if (url) set("une-ou-diaporama", [...images, { image: url, "alternative-textuelle": "" }]);
          }}
        >
          Ajouter une image d’en-tête…
        </button>
      </fieldset>

      <fieldset className="border border-line p-3">
        <legend className="px-1 font-semibold">Fichiers joints</legend>
        {files.map((file, i) => (
          <fieldset key={i} className="mt-2 border-t border-line pt-2">
            <legend className="text-sm font-semibold">Fichier {i + 1}</legend>
            <Field id={`${id}-fname-${i}`} label="Nom affiché">
              <input id={`${id}-fname-${i}`} className="studio-input w-full" value={file.nom ?? ""} onChange={(e) => set("files", replace(files, i, { ...file, nom: e.target.value }))} />
            </Field>
            <Field id={`${id}-fpath-${i}`} label={file.lien !== undefined && file.file === undefined ? "Lien" : "Adresse du fichier"}>
              <input
                id={`${id}-fpath-${i}`}
                className="studio-input w-full"
                value={(file.file ?? file.lien ?? "") as string}
                onChange={(e) => set("files", replace(files, i, file.lien !== undefined && file.file === undefined ? { ...file, lien: e.target.value } : { ...file, file: e.target.value }))}
              />
            </Field>
            <button type="button" className="studio-button-secondary mt-2" onClick={() => set("files", files.filter((_, j) => j !== i))}>
              Retirer le fichier {i + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="studio-button-secondary mt-3"
          onClick={async () => {
            const url = await upload("file");
            if (url) set("files", [...files, { file: url, nom: decodeURIComponent(url.split("/").pop() ?? "") }]);
          }}
        >
          Joindre un fichier…
        </button>
      </fieldset>

      {events ? (
        <fieldset className="border border-line p-3">
          <legend className="px-1 font-semibold">Événement</legend>
          <DateField label="Début de l’événement" value={values.event_start_date} onChange={(v) => set("event_start_date", v ?? "")} />
          <DateField label="Fin de l’événement" value={values.event_end_date} onChange={(v) => set("event_end_date", v ?? "")} />
          <Field id={`${id}-lieu`} label="Lieu">
            <input id={`${id}-lieu`} className="studio-input w-full" value={text("lieu")} onChange={(e) => set("lieu", e.target.value)} />
          </Field>
          <Field id={`${id}-adresse`} label="Adresse">
            <input id={`${id}-adresse`} className="studio-input w-full" value={text("adresse")} onChange={(e) => set("adresse", e.target.value)} />
          </Field>
        </fieldset>
      ) : null}
    </fieldset>
  );
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** A date and a time in the site's time zone (Europe/Paris), written back as the files write dates. */
function DateField({ label, value, onChange }: { label: string; value: unknown; onChange(value: string | undefined): void }) {
  const id = useId();
  const initial = dateFields(value);
  const [day, setDay] = useState(initial.day);
  const [time, setTime] = useState(initial.time);
  const update = (d: string, t: string) => {
    setDay(d);
    setTime(t);
    onChange(d ? dateFromFields(d, t) : undefined);
  };
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="font-semibold">{label} (heure de Paris)</legend>
      <div className="flex flex-col">
        <label htmlFor={`${id}-day`}>Jour</label>
        <input id={`${id}-day`} type="date" className="studio-input" value={day} onChange={(e) => update(e.target.value, time)} />
      </div>
      <div className="flex flex-col">
        <label htmlFor={`${id}-time`}>Heure</label>
        <input id={`${id}-time`} type="time" className="studio-input" value={time} onChange={(e) => update(day, e.target.value)} />
      </div>
    </fieldset>
  );
}

/** Labels with completion from the site's existing ones (a native list), and creation of new ones. */
function TermsField({ label, values, choices, onChange }: { label: string; values: unknown; choices: string[]; onChange(values: string[]): void }) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const list = Array.isArray(values) ? values.map(String) : [];
  const add = () => {
    const term = draft.trim();
    if (term && !list.includes(term)) onChange([...list, term]);
    setDraft("");
  };
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="font-semibold">{label}</legend>
      <ul className="flex flex-wrap gap-2" aria-label={`${label} de l’article`}>
        {list.map((term) => (
          <li key={term} className="flex items-center gap-1 border border-line px-2">
            {term}
            <button type="button" className="px-1" aria-label={`Retirer « ${term} »`} onClick={() => onChange(list.filter((t) => t !== term))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <label htmlFor={`${id}-new`} className="sr-only">
          Ajouter : {label.toLowerCase()}
        </label>
        <input
          id={`${id}-new`}
          className="studio-input flex-1"
          list={`${id}-choices`}
          value={draft}
          placeholder="Choisir ou créer…"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
        <datalist id={`${id}-choices`}>
          {choices.filter((c) => !list.includes(c)).map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <button type="button" className="studio-button-secondary" onClick={add}>
          Ajouter
        </button>
      </div>
    </fieldset>
  );
}

function replace<T>(list: T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

/** An optional key the file did not have is not added empty. */
function withOptional(item: Image, key: string, value: string): Image {
  const next: Image = { ...item, [key]: value };
  if (value === "" && item[key] === undefined) delete next[key];
  return next;
}
