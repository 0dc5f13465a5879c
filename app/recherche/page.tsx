import { Breadcrumb } from "@/components/breadcrumb";
import { SearchPage } from "@/components/search-page";
import { pageMetadata } from "@/lib/seo/metadata";
import { searchUrl, withBasePath } from "@/lib/urls";

export const metadata = pageMetadata({ title: "Rechercher", path: searchUrl });

/** Full-text search over the published articles, run in the browser on a prebuilt index. */
export default function Search() {
  return (
    <div className="max-w-3xl">
      <Breadcrumb items={[{ label: "Rechercher" }]} />
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">Rechercher</h1>
      <SearchPage engineUrl={withBasePath("/pagefind/pagefind.js")} />
    </div>
  );
}
