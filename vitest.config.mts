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
  },
});
