/**
 * The site's content components, registered once: the MDX allowlist, the sanitiser's schema, the
 * components map both renderers use and the content check all derive from this list. Adding a
 * component is its file (React component + declaration, see lib/markdown/content-component.ts)
 * and one line here.
 */
import type { ComponentProps, ComponentType } from "react";
import type { ContentComponent } from "@/lib/markdown/content-component";
import { ContentImage } from "./content-image";
import { embed } from "./embed";
import { encadre } from "./encadre";
import { figure } from "./figure";
import { SmartLink } from "./smart-link";
import { Table } from "./table";

export const CONTENT_COMPONENTS: readonly ContentComponent[] = [figure, encadre, embed];

/** Plain elements of content that pages render with a component of the site. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component checks its own props
const ELEMENTS: Record<string, ComponentType<any>> = {
  a: SmartLink,
  img: (props: ComponentProps<typeof ContentImage>) => <ContentImage {...props} />,
  table: Table,
};

/** Tag in the tree -> React component, for next-mdx-remote and hast-util-to-jsx-runtime alike. */
export const contentComponentsMap: Record<string, ComponentType<Record<string, unknown>>> = {
  ...ELEMENTS,
  ...Object.fromEntries(CONTENT_COMPONENTS.map((c) => [c.name, c.component])),
};

const byName = new Map(CONTENT_COMPONENTS.map((c) => [c.name, c]));

/** The declaration of the component a tree node stands for, if it is one. */
export function contentComponentOf(tagName: string): ContentComponent | undefined {
  return byName.get(tagName);
}
