/**
 * The identity of the site: everything an organisation changes to make the software its own.
 * Nothing else in the code base names the organisation, its colours or its sections.
 */

export type SectionConfig = {
  /** URL segment the section is served under (`communiques` -> `espace-presse`). */
  path: string;
  /** Display name, in the navigation, breadcrumbs and section pages. */
  label: string;
  /** Shown in the main navigation, in this order. */
  nav?: boolean;
  /**
   * What its articles are, when it changes what they carry: `press` (press releases: a press
   * contact, the attached `file` is « le communiqué de presse »), `events` (dates and a place).
   */
  kind?: "press" | "events";
};

export type SiteConfig = {
  name: string;
  /** Short text under the name in the header. */
  tagline: string;
  /** Publisher shown in JSON-LD, the footer and social cards. */
  publisher: string;
  /** Absolute base URL used in feeds, sitemaps and canonical links; no trailing slash. */
  url: string;
  /** Older hostnames of this site: links to them become internal links when the page exists here. */
  legacyHosts: string[];
  locale: string;
  timeZone: string;
  colors: {
    /** Main brand colour: links, focus ring, header accents. Must reach 4.5:1 on white. */
    primary: string;
    /** Accent colour used sparingly (logo bar, highlights). */
    accent: string;
    /** The same two on the dark theme: must reach 4.5:1 on #161616. */
    primaryOnDark: string;
    accentOnDark: string;
  };
  /**
   * Content folder name -> how it is published. Folders not listed are served under their own
   * name. The first one is where articles go when nothing says otherwise (`npm run new`, a file at
   * the root of `_drafts/`). No other file of the code names a section.
   */
  sections: Record<string, SectionConfig>;
  pageSize: number;
  /**
   * What a link to a page, an anchor, an image or a file the site does not serve does to a build
   * (Docusaurus's `onBrokenLinks`). `"error"` (the default): `npm run build` stops until it is
   * fixed. `"warn"`: the build goes on; for a migrated archive whose old dead links are being
   * worked through (see docs/migration.md). `npm run check` lists them either way.
   */
  onBrokenLinks: "error" | "warn";
  /**
   * What one article may hold; beyond, it is a content error (a draft: a warning) and the file is
   * not published. Content is untrusted input: these bound what a file costs the build.
   */
  /**
   * Third-party players the site accepts (its video hosts): their origins are the only ones the
   * Content-Security-Policy lets pages frame (`frame-src`), whatever articles contain. An
   * `<iframe>` or `<Embed>` whose player is elsewhere is shown as a plain link to it, and the
   * content check warns. YouTube videos play from youtube-nocookie.com, Vimeo ones from
   * player.vimeo.com (see lib/markdown/embeds.ts).
   */
  embeds: { origins: string[] };
  limits: {
    /** Size of the file, in bytes (default 1 Mo: the longest real article is about 60 Ko). */
    articleBytes: number;
    /** Tags, and categories, of one article (each makes a page and a feed). */
    tagsPerArticle: number;
  };
};

export const siteConfig: SiteConfig = {
  name: "numerique.gouv.fr",
  tagline: "Direction interministérielle du numérique",
  publisher: "Direction interministérielle du numérique (DINUM)",
  url: (process.env.SITE_URL ?? "https://www.numerique.gouv.fr").replace(/\/+$/, ""),
  legacyHosts: ["www.numerique.gouv.fr", "numerique.gouv.fr"],
  locale: "fr-FR",
  timeZone: "Europe/Paris",
  colors: {
    primary: "#000091",
    accent: "#E1000F",
    primaryOnDark: "#8585F6",
    accentOnDark: "#FF5655",
  },
  sections: {
    actualites: { path: "actualites", label: "Actualités", nav: true },
    communiques: { path: "espace-presse", label: "Espace presse", nav: true, kind: "press" },
    evenements: { path: "agenda", label: "Agenda", nav: true, kind: "events" },
    publications: { path: "publication", label: "Publications", nav: true },
    "outils-agents": { path: "outils-agents", label: "Outils pour les agents" },
    "produits-services": { path: "produits-services", label: "Produits et services" },
  },
  pageSize: 12,
  onBrokenLinks: "error",
  embeds: { origins: ["https://www.dailymotion.com", "https://www.youtube-nocookie.com"] },
  limits: { articleBytes: 1024 * 1024, tagsPerArticle: 30 },
};
