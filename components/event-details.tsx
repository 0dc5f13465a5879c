import type { ReactNode } from "react";
import { formatDate, formatTime, isoInZone, zonedParts } from "@/lib/content/dates";
import type { ParsedDate } from "@/lib/content/dates";
import type { Article, EventInfo } from "@/lib/content/types";
import { renderArticleText } from "@/lib/markdown/article-body";

function When({ start, end }: { start?: ParsedDate; end?: ParsedDate }) {
  if (!start) return null;
  const sameDay =
    end &&
    (() => {
      const a = zonedParts(start.instant);
      const b = zonedParts(end.instant);
      return a.year === b.year && a.month === b.month && a.day === b.day;
    })();
  const at = (d: ParsedDate) => (d.hasTime ? ` à ${formatTime(d.instant)}` : "");
  if (!end) {
    return (
      <time dateTime={isoInZone(start.instant)}>
        {formatDate(start.instant)}
        {at(start)}
      </time>
    );
  }
  if (sameDay) {
    return (
      <>
        <time dateTime={isoInZone(start.instant)}>
          {formatDate(start.instant)}
          {start.hasTime ? `, de ${formatTime(start.instant)}` : ""}
        </time>
        {end.hasTime ? (
          <>
            {" à "}
            <time dateTime={isoInZone(end.instant)}>{formatTime(end.instant)}</time>
          </>
        ) : null}
      </>
    );
  }
  return (
    <>
      du <time dateTime={isoInZone(start.instant)}>{formatDate(start.instant)}{at(start)}</time> au{" "}
      <time dateTime={isoInZone(end.instant)}>{formatDate(end.instant)}{at(end)}</time>
    </>
  );
}

/**
 * When and where an event takes place (`event_start_date`, `lieu`, `adresse`…). The texts are
 * the editor's, with their inline Markdown and HTML, through the one sanitiser.
 */
export async function EventDetails({ article, event }: { article: Article; event: EventInfo }) {
  const text = (value: string | undefined) => renderArticleText(article, value);
  const rows: { label: string; value: ReactNode }[] = [];
  if (event.start) rows.push({ label: "Date", value: <When start={event.start} end={event.end} /> });
  const [place, address] = await Promise.all([text(event.place), text(event.address)]);
  if (place || address) {
    rows.push({ label: "Lieu", value: place && address ? <>{place}, {address}</> : (place ?? address) });
  }
  for (const field of event.fields) {
    const value = await text(field.value);
    rows.push({ label: field.label, value: field.href ? <a href={field.href}>{value}</a> : value });
  }
  if (!rows.length) return null;
  return (
    <section aria-labelledby="infos-pratiques" className="my-8 border-l-4 border-brand bg-bg-alt p-5">
      <h2 id="infos-pratiques" className="mb-3 text-xl font-bold">
        Informations pratiques
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
