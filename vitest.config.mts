import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Dates must show in Europe/Paris whatever the machine's zone: tests run on a UTC clock.
    env: { TZ: "UTC" },
    // Every core: Vitest keeps one free by default, which on a 2-core machine runs the files one at
    // a time (59 s; 47 s with both).
    maxWorkers: os.availableParallelism(),
    // One module registry per worker, not per file: each file importing the content pipeline
    // afresh (unified, parse5, zod, Next's helpers) was 27 s of the 45. Tests therefore restore
    // what they change (process.env, files) and read no module state another file left; runs with
    // the files shuffled (`npx vitest run --sequence.shuffle.files`) pass.
    isolate: false,
  },
});
