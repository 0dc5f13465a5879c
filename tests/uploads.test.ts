/**
 * The embargo rule for files (lib/content/published-uploads.ts): a production build publishes
 * the uploads published pages name, however they spell them, and nothing a draft or a scheduled
 * article alone uses; a preview publishes them all. Fixture: tests/fixtures/uploads/.
 */
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { servedUploads } from "@/lib/content/published-uploads";
import { listUploads, uploadsNamedIn } from "@/lib/content/upload-files";
import { siteFile } from "@/lib/public-files";

const FOLDER = path.join(import.meta.dirname, "fixtures", "uploads");

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the uploads a build publishes", () => {
  it("are, in production, the ones published articles name, and not those of a draft or a scheduled communiqué", () => {
    vi.stubEnv("CONTENT_DIR", FOLDER);
    vi.stubEnv("CHAPEAU_PREVIEW", "");
    expect([...servedUploads().keys()]).toEqual(["/uploads/annexe.pdf", "/uploads/photos/été.jpg", "/uploads/rapport annuel.pdf"]);
  });

  it("are all of them in a preview, as a preview shows every draft (hidden files aside)", () => {
    vi.stubEnv("CONTENT_DIR", FOLDER);
    vi.stubEnv("CHAPEAU_PREVIEW", "1");
    expect([...servedUploads().keys()]).toEqual([
      "/uploads/annexe.pdf",
      "/uploads/dossier-de-presse.pdf",
      "/uploads/image-brouillon.jpg",
      "/uploads/inutilise.pdf",
      "/uploads/photos/été.jpg",
      "/uploads/rapport annuel.pdf",
    ]);
  });

  it("are found by the site however a link spells them, and never outside the uploads folder", () => {
    vi.stubEnv("CONTENT_DIR", FOLDER);
    expect(siteFile("/uploads/rapport%20annuel.pdf")?.size).toBeGreaterThan(0);
    expect(siteFile("/uploads/photos/e\u0301te\u0301.jpg")).toBeDefined();
    expect(siteFile("/uploads/../actualites/publie.md")).toBeUndefined();
    expect(siteFile("/uploads/absent.pdf")).toBeUndefined();
  });
});

describe("the uploads a text names", () => {
  const uploads = listUploads(path.join(FOLDER, "_uploads"));
  const named = (text: string) => [...uploadsNamedIn(text, uploads)];

  it("reads every spelling an editor or the old site used", () => {
    expect(named("[x](/uploads/annexe.pdf)")).toEqual(["/uploads/annexe.pdf"]);
    expect(named('<a href="https://www.numerique.gouv.fr/uploads/annexe.pdf?v=2">')).toEqual(["/uploads/annexe.pdf"]);
    expect(named("[x](</uploads/rapport annuel.pdf>)")).toEqual(["/uploads/rapport annuel.pdf"]);
    expect(named("![x](/uploads/photos/%C3%A9t%C3%A9.jpg)")).toEqual(["/uploads/photos/été.jpg"]);
    expect(named("{{ site.baseurl }}/uploads/annexe.pdf")).toEqual(["/uploads/annexe.pdf"]);
  });

  it("names nothing that is not in the folder, nor a file whose name merely begins the same way", () => {
    expect(named("/uploads/annexe.pdf.bak /uploads/absent.pdf /uploads/")).toEqual([]);
  });
});
