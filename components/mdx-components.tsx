/**
 * The one map from what the Markdown pipeline produces (and what MDX authors write) to React
 * components. Keys in `MDX_COMPONENT_NAMES` are checked by the type system.
 */
import type { MDXComponents } from "mdx/types";
import type { ComponentProps, ComponentType } from "react";
import type { MdxComponentName } from "@/lib/markdown/remark-mdx-allowlist";
import { ContentImage } from "./content-image";
import { Embed } from "./embed";
import { Encadre } from "./encadre";
import { Figure } from "./figure";
import { SmartLink } from "./smart-link";
import { Table } from "./table";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component checks its own props
type AnyComponent = ComponentType<any>;

const components: Record<MdxComponentName | "a" | "img" | "Table", AnyComponent> = {
  Figure,
  Encadre,
  Embed,
  Table,
  a: SmartLink,
  img: (props: ComponentProps<typeof ContentImage>) => <ContentImage {...props} />,
};

export const mdxComponents: MDXComponents = components;
