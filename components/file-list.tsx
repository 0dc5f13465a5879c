import type { Attachment } from "@/lib/content/types";
import { siteHref } from "@/lib/markdown/rehype-links";
import { servedPath } from "@/lib/routing";
import { SmartLink } from "./smart-link";

/** Attachments of an article (`files`): name, type and size of each download. */
export function FileList({ files, title = "Documents à télécharger" }: { files: Attachment[]; title?: string }) {
  if (!files.length) return null;
  return (
    <section aria-labelledby="documents" className="my-10 border border-line p-5">
      <h2 id="documents" className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <ul className="space-y-2">
        {files.map((file) => (
          <li key={file.href}>
            {/* A file of the old site not copied here links to the old site, as links in the text do. */}
            <SmartLink href={siteHref(file.href, { resolve: servedPath }) ?? file.href}>{file.name}</SmartLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
