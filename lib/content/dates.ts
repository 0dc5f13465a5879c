/**
 * Dates as Jekyll wrote them, read as instants, shown in the site's time zone whatever the time
 * zone of the machine that builds the site.
 */
import { siteConfig } from "../../site.config";

const TZ = siteConfig.timeZone;

export type ParsedDate = { instant: Date; hasTime: boolean };

const MONTHS_FR = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
];

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: TZ,
  hourCycle: "h23",
  year: "numeric", month: "2-digit", day: "2-digit",
  hour: "2-digit", minute: "2-digit", second: "2-digit",
});

/** Wall-clock fields of an instant in the site's time zone. */
export function zonedParts(instant: Date) {
  const p: Record<string, number> = {};
  for (const { type, value } of partsFormatter.formatToParts(instant)) {
    if (type !== "literal") p[type] = Number(value);
  }
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

/** The instant at which the site's clocks show this wall-clock time. */
export function zonedTimeToInstant(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date {
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  let guess = asUtc;
  // Two passes settle the offset, including across a daylight-saving change.
  for (let i = 0; i < 2; i++) {
    const p = zonedParts(new Date(guess));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += asUtc - shown;
  }
  return new Date(guess);
}

function validDay(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const FRENCH = /^(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})$/u;

/**
 * Reads `2023-05-16 10:28:00 +02:00`, `2023-05-16`, ISO 8601, and the French `18 novembre 2021`
 * some files use. A date without a time is midnight in the site's time zone; a time without an
 * offset is the site's wall-clock time. Returns a message saying what was expected otherwise.
 */
export function parseContentDate(value: unknown): ParsedDate | { error: string } {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { error: "an impossible date" } : { instant: value, hasTime: true };
  }
  if (typeof value !== "string" && typeof value !== "number") {
    return { error: `a date like 2023-05-16 10:28:00 +02:00, got ${describe(value)}` };
  }
  const text = String(value).trim();
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, ys, mos, ds, hs, mis, ss, zone] = iso;
    const y = Number(ys), mo = Number(mos), d = Number(ds);
    const h = Number(hs ?? 0), mi = Number(mis ?? 0), s = Number(ss ?? 0);
    if (!validDay(y, mo, d) || h > 23 || mi > 59 || s > 59) {
      return { error: `a real calendar date and time, got "${text}"` };
    }
    const hasTime = hs !== undefined;
    if (!zone) return { instant: zonedTimeToInstant(y, mo, d, h, mi, s), hasTime };
    let offsetMinutes = 0;
    if (zone !== "Z") {
      const sign = zone.startsWith("-") ? -1 : 1;
      const digits = zone.slice(1).replace(":", "");
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
    }
    return { instant: new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000), hasTime };
  }
  const fr = FRENCH.exec(text);
  if (fr) {
    const mo = MONTHS_FR.indexOf(fr[2]!.toLowerCase()) + 1;
    const y = Number(fr[3]), d = Number(fr[1]);
    if (mo > 0 && validDay(y, mo, d)) return { instant: zonedTimeToInstant(y, mo, d), hasTime: false };
  }
  return { error: `a date like 2023-05-16 10:28:00 +02:00 or 2023-05-16, got "${text}"` };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a mapping" : JSON.stringify(value);
}

const dayFormatter = new Intl.DateTimeFormat("fr-FR", { timeZone: TZ, day: "numeric", month: "long", year: "numeric" });

/** « 16 mai 2023 », « 1er juin 2023 » in the site's time zone. */
export function formatDate(instant: Date): string {
  const p = zonedParts(instant);
  return p.day === 1 ? dayFormatter.format(instant).replace(/^1 /, "1er ") : dayFormatter.format(instant);
}

/** « 10 h 28 », « 10 h » in the site's time zone. */
export function formatTime(instant: Date): string {
  const p = zonedParts(instant);
  return p.minute === 0 ? `${p.hour} h` : `${p.hour} h ${String(p.minute).padStart(2, "0")}`;
}

/** « 16 mai 2023 à 10 h 28 ». */
export function formatDateTime(instant: Date): string {
  return `${formatDate(instant)} à ${formatTime(instant)}`;
}

/** `2023-05-16T10:28:00+02:00`: the instant written with the site's offset, for `<time datetime>`. */
export function isoInZone(instant: Date): string {
  const p = zonedParts(instant);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offset = Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2026-11-15 14:05:00 +01:00`: how the source site writes dates, in the site's time zone. */
export function frontMatterDate(instant: Date): string {
  const iso = isoInZone(instant);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} ${iso.slice(19)}`;
}

/** `2023-05-16`, the calendar day in the site's time zone. */
export function isoDay(instant: Date): string {
  return isoInZone(instant).slice(0, 10);
}
