import Link from "next/link";
import type { ReactNode } from "react";
import { fileInfo } from "@/lib/public-files";
import { withBasePath } from "@/lib/urls";
import { siteConfig } from "@/site.config";

type SmartLinkProps = {
  href?: string;
  title?: string;
  target?: string;
  rel?: string | string[];
  className?: string | string[];
  id?: string;
  children?: ReactNode;
  [data: `data-${string}`]: unknown;
};

export type LinkKind = "page" | "file" | "external" | "anchor" | "other";

export function linkKind(href: string): LinkKind {
  if (href.startsWith("#")) return "anchor";
  if (/^(mailto|tel):/i.test(href)) return "other";
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) {
    try {
      const host = new URL(href, siteConfig.url).hostname;
      return host === new URL(siteConfig.url).hostname ? "page" : "external";
    } catch {
      return "external";
    }
  }
  return /\.[a-z0-9]{2,5}(?:[?#].*)?$/i.test(href) ? "file" : "page";
}

/**
 * Every link in content: pages of this site through next/link, files with their type and size,
 * and links that leave the site marked as such for eyes and for screen readers.
 */
export function SmartLink({ href = "", title, target, rel, className, id, children, ...rest }: SmartLinkProps) {
  const kind = linkKind(href);
  const classes = Array.isArray(className) ? className.join(" ") : className;
  const newWindow = target === "_blank";
  const relValue = newWindow ? "noopener noreferrer" : Array.isArray(rel) ? rel.join(" ") : rel;
  const footnote = Object.keys(rest).some((k) => k.startsWith("data-footnote"));
  const common = { title, id, className: classes, target: newWindow ? "_blank" : undefined, rel: relValue, ...rest };
  const windowNote = newWindow ? <span className="sr-only"> (nouvelle fenêtre)</span> : null;

  if (kind === "page" && href.startsWith("/") && !footnote) {
    return (
      <Link href={href} prefetch={false} {...common}>
        {children}
        {windowNote}
      </Link>
    );
  }
  if (kind === "file") {
    const info = fileInfo(href);
    return (
      <a href={withBasePath(href)} {...common}>
        {children}
        {info ? <span className="file-info"> ({info})</span> : null}
        {windowNote}
      </a>
    );
  }
  if (kind === "external") {
    return (
      <a href={href} {...common} data-external="">
        {children}
        <span className="sr-only"> (lien externe{newWindow ? ", nouvelle fenêtre" : ""})</span>
        <svg aria-hidden="true" focusable="false" className="ml-0.5 inline-block h-[0.7em] w-[0.7em] align-baseline" viewBox="0 0 12 12">
          <path d="M4.5 1.5h6v6M10.5 1.5 4 8M8.5 7v3.5h-7v-7H5" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
      </a>
    );
  }
  return (
    <a href={href} {...common}>
      {children}
      {windowNote}
    </a>
  );
}
