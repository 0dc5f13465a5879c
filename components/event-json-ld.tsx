import { isoDay, isoInZone, type ParsedDate } from "@/lib/content/dates";
import { plainText, truncate } from "@/lib/content/excerpt";
import type { Article } from "@/lib/content/types";
import { serializeJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";

const ONLINE = /^(en ligne|online|visio|webinaire|à distance|a distance)/i;

function when(date: ParsedDate): string {
  return date.hasTime ? isoInZone(date.instant) : isoDay(date.instant);
}

/**
 * The event in the page's metadata (schema.org `Event`), so search engines and calendars show
 * its date and place. Only what the article states is said.
 */
export function EventJsonLd({ article }: { article: Article }) {
  const event = article.event;
  if (!event?.start) return null;
  // Places are written with inline markup at times (`Paris<br>Salle 2`): plain text here.
  const place = plainText(event.place) || undefined;
  const address = plainText(event.address) || undefined;
  const online = !!place && ONLINE.test(place) && !address;
  const data = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: article.title,
    startDate: when(event.start),
    ...(event.end ? { endDate: when(event.end) } : {}),
    eventAttendanceMode: online
      ? "https://schema.org/OnlineEventAttendanceMode"
      : "https://schema.org/OfflineEventAttendanceMode",
    location: online
      ? { "@type": "VirtualLocation", url: absoluteUrl(article.url) }
      : {
          "@type": "Place",
          name: place ?? address ?? "",
          ...(address ? { address } : {}),
        },
    ...(article.chapeau ? { description: truncate(plainText(article.chapeau), 300) } : {}),
    ...(article.hero ? { image: absoluteUrl(article.hero.src) } : {}),
    url: absoluteUrl(article.url),
    organizer: { "@type": "Organization", name: siteConfig.publisher, url: siteConfig.url },
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
