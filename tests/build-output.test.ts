import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scanFolder } from "@/lib/build/find-markers";
import { fixedRoutes } from "@/lib/check/site-paths";

let root: string;
const write = (relative: string, content = "") => {
  fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  fs.writeFileSync(path.join(root, relative), content);
};
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-scan-"));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe("searching a build for traces of a draft", () => {
  it("finds a marker in any file, whatever its case, and in file names", () => {
    write("server/app/tags.html", "<a href=\"/tags/etiquette-secret123/\">Étiquette SECRET123</a>");
    write("server/app/actualites/brouillon-secret123.html", "");
    write("static/chunks/app.js", "nothing to see");
    const { files, traces } = scanFolder(root, ["Secret123"]);
    expect(files).toBe(3);
    expect(traces.map((t) => `${t.in} ${t.file}`).sort()).toEqual([
      "content server/app/tags.html",
      "name server/app/actualites/brouillon-secret123.html",
    ]);
  });

  it("leaves out Next's build cache, which is never deployed", () => {
    write("BUILD_ID", "abc");
    write("cache/turbopack/entry", "secret123");
    write("server/cache/page.html", "secret123");
    expect(scanFolder(root, ["secret123"]).traces.map((t) => t.file)).toEqual(["server/cache/page.html"]);
  });

  it("searches an exported site whole, a section named cache or dev included", () => {
    write("index.html", "home");
    write("cache/une-page/index.html", "secret123");
    write("dev/une-autre/index.html", "secret123");
    expect(scanFolder(root, ["secret123"]).traces.map((t) => t.file).sort()).toEqual(["cache/une-page/index.html", "dev/une-autre/index.html"]);
  });
});

describe("the app's fixed routes", () => {
  it("lists pages and route handlers without parameters, and metadata files", () => {
    write("app/page.tsx");
    write("app/recherche/page.tsx");
    write("app/(editorial)/a-propos/page.tsx");
    write("app/feed.xml/route.ts");
    write("app/sitemap.ts");
    write("app/icon.svg");
    write("app/tags/[tag]/page.tsx");
    write("app/_private/page.tsx");
    write("app/chapeau-dev/events/route.dev.ts");
    expect(fixedRoutes(path.join(root, "app")).sort()).toEqual(["/", "/a-propos/", "/feed.xml", "/icon.svg", "/recherche/", "/sitemap.xml"]);
  });
});
