import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Dates must show in Europe/Paris whatever the machine's zone: tests run on a UTC clock.
    env: { TZ: "UTC" },
  },
});
