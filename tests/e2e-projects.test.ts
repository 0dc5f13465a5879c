import { describe, expect, it } from "vitest";
import { selectedProjects } from "@/e2e/support/projects";

// A browser run starts the servers of the projects it names, and only those.
const ALL = ["site", "static", "subpath-server", "subpath-static", "dev", "corpus", "smoke"];

describe("the projects a Playwright run asks for", () => {
  it("are those named with --project, in either spelling, as Playwright reads them", () => {
    expect(selectedProjects(["node", "playwright", "test", "--project=site", "e2e/listings.spec.ts"], undefined, ALL)).toEqual(["site"]);
    expect(selectedProjects(["test", "--project", "dev", "--project=Smoke"], undefined, ALL)).toEqual(["dev", "smoke"]);
    expect(selectedProjects(["test", "--project=subpath-*"], undefined, ALL)).toEqual(["subpath-server", "subpath-static"]);
  });

  it("can be named in PW_PROJECTS", () => {
    expect(selectedProjects(["test"], "static, corpus", ALL)).toEqual(["static", "corpus"]);
  });

  it("are all of them when a run names none, and none when it names an unknown one", () => {
    expect(selectedProjects(["test", "e2e/listings.spec.ts"], "", ALL)).toEqual(ALL);
    expect(selectedProjects(["test", "--project=nope"], undefined, ALL)).toEqual([]);
  });
});
