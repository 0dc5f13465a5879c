import { shareLinks } from "@/lib/share";

/**
 * « Partager » under an article: plain links, and a button that copies the address (handled by
 * the small page script of the layout, so the article page ships no component code for it).
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="partager_titre" className="share-links my-10" data-pagefind-ignore="all">
      <h2 id="partager_titre" className="mb-3 text-base font-bold">
        Partager
      </h2>
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        {shareLinks(url, title).map((link) => (
          <li key={link.network}>
            {link.network === "email" ? (
              <a href={link.href}>{link.label}</a>
            ) : (
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {link.label}
                <span className="sr-only"> (nouvelle fenêtre)</span>
              </a>
            )}
          </li>
        ))}
        <li>
          <button type="button" data-copy-link={url} className="cursor-pointer border border-brand px-3 py-1 text-brand hover:bg-brand-soft">
            Copier le lien
          </button>{" "}
          <span role="status" className="text-muted" />
        </li>
      </ul>
    </section>
  );
}
