/**
 * The development server the editor tests run against (`next dev`), on a content folder outside
 * the project, as an editor with `CONTENT_DIR=../mon-site/content` would have it.
 */
import os from "node:os";
import path from "node:path";

// E2E_PORT + 1 to + 3 are the static and sub-path servers (playwright.config.ts).
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 4);

/** A fresh copy of `tests/fixtures/dev-content/`, made when the server starts; tests edit it. */
export const DEV_CONTENT_DIR = path.join(os.tmpdir(), `chapeau-e2e-dev-content-${DEV_PORT}`);

export const DEV_FIXTURES = path.resolve(__dirname, "..", "..", "tests", "fixtures", "dev-content");
