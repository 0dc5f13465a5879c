/**
 * The front-matter form's values and what saving them changes (browser and server alike: no
 * Node module here). The form edits a copy of the file's values; only the keys whose value the
 * editor changed are sent, so a key the form does not show is never written.
 */
import { frontMatterDate, parseContentDate, zonedParts, zonedTimeToInstant } from "@/lib/content/dates";

export type Values = Record<string, unknown>;

/** The keys the form shows (every other key of the file is kept as it is). */
export const FORM_KEYS = [
  "title",
  "date",
  "draft",
  "published",
  "sous-titre",
  "chapeau-text",
  "categories",
  "tags",
  "une-ou-diaporama",
  "files",
  "event_start_date",
  "event_end_date",
  "lieu",
  "adresse",
] as const;

export type Image = { image?: string; "alternative-textuelle"?: string; legende?: string; [key: string]: unknown };
export type Attachment = { file?: string; lien?: string; nom?: string; [key: string]: unknown };

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * What saving writes: the form's keys whose value differs from the file's. An empty text in a
 * field the file did not have adds nothing.
 */
export function formChanges(original: Values, values: Values): Values {
  const changes: Values = {};
  for (const key of FORM_KEYS) {
    let value = values[key];
    if (value === "" && original[key] === undefined) value = undefined;
    if (Array.isArray(value) && value.length === 0 && original[key] === undefined) value = undefined;
    if (!sameValue(original[key], value)) changes[key] = value;
  }
  return changes;
}

export type Status = "Publié" | "Brouillon" | "Programmé";

export function statusOf(values: Values, now = Date.now()): Status {
  if (values.draft === true || values.published === false) return "Brouillon";
  const date = instantOf(values.date);
  return date && date.getTime() > now ? "Programmé" : "Publié";
}

export function instantOf(value: unknown): Date | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const parsed = parseContentDate(value);
  return "error" in parsed ? undefined : parsed.instant;
}

/** The date and time fields (`2023-05-16`, `10:28`) of a front-matter date, in the site's time zone. */
export function dateFields(value: unknown): { day: string; time: string } {
  const instant = instantOf(value);
  if (!instant) return { day: "", time: "" };
  const p = zonedParts(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { day: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** The date and time fields -> `2027-06-03 10:00:00 +02:00`, or undefined when the day is empty. */
export function dateFromFields(day: string, time: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!d) return undefined;
  const t = /^(\d{2}):(\d{2})$/.exec(time) ?? ["", "00", "00"];
  return frontMatterDate(zonedTimeToInstant(Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])));
}

/**
 * Changes as they travel in JSON, which has no `undefined`: the values set, and the keys removed.
 * `changesFromWire` gives the server the changes back.
 */
export type WireChanges = { set: Values; remove: string[] };

export function changesToWire(changes: Values): WireChanges {
  const set: Values = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) remove.push(key);
    else set[key] = value;
  }
  return { set, remove };
}

export function changesFromWire({ set, remove }: WireChanges): Values {
  const changes: Values = { ...set };
  for (const key of remove) changes[key] = undefined;
  return changes;
}

export type PublishAction = "publier" | "programmer" | "brouillon";

/** The values after a publish action (nothing else changes). */
export function applyPublish(values: Values, action: PublishAction, { now = new Date(), at }: { now?: Date; at?: string } = {}): Values {
  const next: Values = { ...values };
  if (action === "brouillon") {
    next.draft = true;
    return next;
  }
  // Publishing removes whatever kept the article a draft.
  delete next.draft;
  if (next.published === false) delete next.published;
  next.date = action === "publier" ? frontMatterDate(now) : at;
  return next;
}

/** What an action will change in the file, line by line, before it is done. */
export function describeChanges(before: Values, after: Values): string[] {
  const lines: string[] = [];
  for (const key of FORM_KEYS) {
    if (sameValue(before[key], after[key])) continue;
    const shown = (v: unknown) => (v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));
    if (after[key] === undefined) lines.push(`supprime la ligne « ${key}: ${shown(before[key])} »`);
    else if (before[key] === undefined) lines.push(`ajoute la ligne « ${key}: ${shown(after[key])} »`);
    else lines.push(`remplace « ${key}: ${shown(before[key])} » par « ${key}: ${shown(after[key])} »`);
  }
  return lines;
}
