import type { Article, PressContact as Contact } from "@/lib/content/types";
import { renderArticleText } from "@/lib/markdown/article-body";

/** The press contact of a press release (`contact-presse`); the name may hold inline markup. */
export async function PressContact({ article, contact }: { article: Article; contact: Contact }) {
  const name = await renderArticleText(article, contact.name);
  return (
    <section aria-labelledby="contact-presse" className="my-10 bg-bg-alt p-5">
      <h2 id="contact-presse" className="mb-3 text-xl font-bold">
        Contact presse
      </h2>
      <address className="not-italic">
        {name ? <p className="font-semibold">{name}</p> : null}
        {contact.phones.map((phone) => (
          <p key={phone}>
            <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>
          </p>
        ))}
        {contact.email ? (
          <p>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </p>
        ) : null}
      </address>
    </section>
  );
}
