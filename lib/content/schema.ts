/**
 * The front matter an article may carry: the Jekyll keys of the source site, in the shapes they
 * were really written in. Parsing normalises them (one spelling, one shape) so nothing downstream
 * has to know the history.
 */
import { z } from "zod";
import { parseContentDate } from "./dates";
import { siteConfig } from "../../site.config";
import { checkRedirectTarget, checkSitePath, type AddressVerdict, type RedirectScope } from "../security/site-address";

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const optionalText = z.union([text, z.null()]).optional().transform((v) => (v ? v : undefined));

/** A list of labels; one label alone and numbers are accepted, empty entries dropped; at most `tagsPerArticle`. */
const labels = z
  .union([z.array(z.union([z.string(), z.number(), z.null()])), z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => {
    const list = v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
    return list.filter((x): x is string | number => x !== null).map((x) => String(x).trim()).filter(Boolean);
  })
  .superRefine((list, ctx) => {
    const limit = siteConfig.limits.tagsPerArticle;
    if (list.length > limit) {
      ctx.addIssue({ code: "custom", message: `${list.length} labels, more than the ${limit} an article may have (limits.tagsPerArticle in site.config.ts): each makes a page and a feed` });
    }
  });

const optionalDate = z
  .unknown()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === null || value === "") return undefined;
    const parsed = parseContentDate(value);
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", message: `expected ${parsed.error}` });
      return z.NEVER;
    }
    return parsed;
  });

/** `"/x/\r\nSet-Cookie…"` as the message shows it: escapes visible, long values cut. */
function shown(value: string): string {
  const quoted = JSON.stringify(value);
  return quoted.length > 90 ? `${quoted.slice(0, 87)}…"` : quoted;
}

function refused(verdict: AddressVerdict, expected: string, value: string): string | undefined {
  return verdict.ok ? undefined : `expected ${expected}, but ${verdict.reason}: ${shown(value)}`;
}

const PAGE_PATH = "a path of this site such as /rubrique/page/";

/** `permalink`: the page's own address, a path (see lib/security/site-address.ts). */
const pagePath = optionalText.transform((value, ctx) => {
  const problem = value === undefined ? undefined : refused(checkSitePath(value), PAGE_PATH, value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
  return problem ? z.NEVER : value;
});

// Absolute addresses on these hosts are this site's own (a migrated site wrote some that way).
const OWN_HOSTS = [new URL(siteConfig.url).hostname, ...siteConfig.legacyHosts].map((h) => h.toLowerCase());

/** `redirect_to` and friends: a path of this site or, unless `internal`, an absolute http(s) address. */
function redirectTarget(scope: RedirectScope) {
  const expected = scope === "internal" ? PAGE_PATH : `${PAGE_PATH} or an absolute address starting with https://`;
  return optionalText.transform((value, ctx) => {
    const problem = value === undefined ? undefined : refused(checkRedirectTarget(value, scope, OWN_HOSTS), expected, value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
    return problem ? z.NEVER : value;
  });
}

const bool = z.union([z.boolean(), z.null()]).optional().transform((v) => v ?? undefined);

const imageItem = z.looseObject({
  image: optionalText,
  legende: optionalText,
  "alternative-textuelle": optionalText,
  // The source site also misspelt the key.
  "alternative-textuel": optionalText,
});

const fileItem = z.looseObject({
  file: optionalText,
  lien: optionalText,
  nom: optionalText,
});

/** `redirect_from`: older addresses of the page, each a path like `permalink`. */
const pathList = z
  .union([z.array(text), text, z.null()])
  .optional()
  .transform((v, ctx) => {
    const list = v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
    list.forEach((item, i) => {
      const problem = item ? refused(checkSitePath(item), PAGE_PATH, item) : undefined;
      if (problem) ctx.addIssue({ code: "custom", path: Array.isArray(v) ? [i] : [], message: problem });
    });
    return list.filter(Boolean);
  });

/**
 * Every key, in its shape. `title` and `date` are optional here: whether a file may lack them
 * depends on whether it is a draft, which `frontMatterFor` decides.
 */
export const frontMatterSchema = z.looseObject({
  title: optionalText,
  date: optionalDate,
  slug: optionalText,
  permalink: pagePath,
  categories: labels,
  tags: labels,
  "chapeau-text": optionalText,
  "sous-titre": optionalText,
  auteur: optionalText,
  "une-ou-diaporama": z.union([z.array(z.union([imageItem, z.null()])), z.null()]).optional(),
  une: z.union([imageItem, z.null()]).optional(),
  files: z.union([z.array(z.union([fileItem, z.null()])), z.null()]).optional(),
  communique_file: optionalText,
  // The attached document (a press release for communiqués), as the source site's editor wrote it.
  file: optionalText,
  "contact-presse": z
    .union([
      z.looseObject({
        name: optionalText,
        tel: z.union([z.array(z.union([text, z.null()])), text, z.null()]).optional(),
        email: optionalText,
      }),
      z.null(),
    ])
    .optional(),
  event_start_date: optionalDate,
  event_end_date: optionalDate,
  lieu: optionalText,
  adresse: optionalText,
  champs_informations: z
    .union([z.array(z.looseObject({ intitule: optionalText, contenu: optionalText, lien: optionalText })), z.null()])
    .optional(),
  redirect_to: redirectTarget("any"),
  redirection: redirectTarget("any"),
  "redirection-interne": redirectTarget("internal"),
  redirect_from: pathList,
  date_de_modification: optionalDate,
  is_une: bool,
  lang: optionalText,
  draft: bool,
  published: bool,
  // Jekyll presentation keys: accepted, ignored, reported by the content check.
  layout: z.unknown().optional(),
  style: z.unknown().optional(),
  position: z.unknown().optional(),
});

/** What the message for a publishable file without a title says: both ways out. */
export const MISSING_TITLE =
  "a document that will be published needs a title: add « title: Le titre », or mark it « draft: true » to keep it unpublished";

/**
 * The front matter of one file, knowing its draft status first: a draft (`draft: true`,
 * `published: false`, or a file of `_drafts/`) needs only keys that parse; anything else must
 * have a title. A date is never required (without one, a published document is an undated page).
 */
function publication(inDrafts: boolean) {
  return frontMatterSchema.transform((data, ctx) => {
    if (inDrafts || declaresDraft(data)) return { ...data, draft: true as const };
    if (!data.title) {
      ctx.addIssue({ code: "custom", path: ["title"], message: MISSING_TITLE });
      return z.NEVER;
    }
    return { ...data, draft: false as const, title: data.title };
  });
}

const inDraftsFolder = publication(true);
const elsewhere = publication(false);

export function frontMatterFor({ inDrafts }: { inDrafts: boolean }) {
  return inDrafts ? inDraftsFolder : elsewhere;
}

export type FrontMatter = z.output<ReturnType<typeof publication>>;

/** The draft status front matter gives, read before (and whatever) the rest of its validation. */
export function declaresDraft(data: Record<string, unknown>): boolean {
  return data.draft === true || data.published === false;
}

/** Keys with a meaning on this site; anything else is kept and reported by the content check. */
export const KNOWN_KEYS = new Set(Object.keys(frontMatterSchema.shape));
/** Keys accepted for compatibility but with no effect here. */
export const IGNORED_KEYS = new Set(["layout", "style", "position"]);
