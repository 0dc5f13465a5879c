import { searchUrl, withBasePath } from "@/lib/urls";

/**
 * The search field of the header: a plain form that opens the search page with the words typed
 * (`/recherche/?q=…`). Nothing of the search engine loads before it is used.
 */
export function SearchForm() {
  return (
    <form role="search" aria-label="Rechercher sur le site" action={withBasePath(searchUrl)} method="get" className="flex">
      <label htmlFor="recherche-entete" className="sr-only">
        Rechercher sur le site
      </label>
      <input
        id="recherche-entete"
        type="search"
        name="q"
        placeholder="Rechercher"
        autoComplete="off"
        className="w-44 border border-b-2 border-line border-b-brand bg-bg-alt px-3 py-2 text-fg placeholder:text-muted sm:w-56"
      />
      <button type="submit" className="cursor-pointer bg-brand px-3 py-2 font-semibold text-bg">
        Rechercher
      </button>
    </form>
  );
}
