import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import nextConfigBoundary from "./eslint-rules/next-config-boundary.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { chapeau: { rules: { "next-config-boundary": nextConfigBoundary } } },
    rules: {
      "chapeau/next-config-boundary": "error",
      "import/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          alphabetize: { order: "asc", caseInsensitive: true },
          "newlines-between": "never",
        },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "out/**", "out-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "public/pagefind/**"]),
]);
