import { formatDate, formatDateTime, isoInZone } from "@/lib/content/dates";

/** A date in French (« 16 mai 2023 ») inside `<time datetime>`, in the site's time zone. */
export function FormattedDate({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  return <time dateTime={isoInZone(date)}>{withTime ? formatDateTime(date) : formatDate(date)}</time>;
}
