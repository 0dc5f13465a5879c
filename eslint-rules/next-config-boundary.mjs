/**
 * Files that next.config.ts imports, directly or not, are loaded by Next itself before the
 * bundler's aliases exist: an `@/…` import there breaks `next build` and `next dev` (Turbopack
 * cannot resolve it). This rule finds that set of files from next.config.ts on each lint run and
 * refuses `@/` imports in them, so the boundary holds as the code moves.
 */
import fs from "node:fs";
import path from "node:path";

const EXTENSIONS = [".ts", ".tsx", ".mts", "/index.ts"];
const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/gm;

function resolve(root, from, spec) {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  for (const ext of ["", ...EXTENSIONS]) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const graphs = new Map();

/** Every project file reachable from next.config.ts, following relative and `@/` imports. */
function configGraph(root) {
  if (graphs.has(root)) return graphs.get(root);
  const seen = new Set();
  const stack = [path.join(root, "next.config.ts")];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = match[1];
      if (!spec.startsWith(".") && !spec.startsWith("@/")) continue;
      const target = resolve(root, file, spec);
      if (target) stack.push(target);
    }
  }
  graphs.set(root, seen);
  return seen;
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "no @/ imports in files that next.config.ts loads" },
    schema: [],
    messages: {
      alias:
        "{{file}} is loaded by next.config.ts: import with a relative path, not \"{{spec}}\" (Turbopack cannot resolve @/ there).",
    },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    if (!configGraph(root).has(file)) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec === "string" && spec.startsWith("@/")) {
        context.report({ node: node.source, messageId: "alias", data: { file: path.relative(root, file), spec } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default rule;
