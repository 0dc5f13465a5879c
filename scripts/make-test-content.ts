/**
 * Makes a large content folder for measurements: copies the articles of a source folder again
 * and again under new names until there are `--count` of them.
 *
 *   npx tsx scripts/make-test-content.ts --from ../shared/corpus/numerique.gouv.fr --count 10000 --to /tmp/contenu-10000
 *   CONTENT_DIR=/tmp/contenu-10000 npm run check
 */
import fs from "node:fs";
import path from "node:path";

function option(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : fallback;
  if (!value) throw new Error(`--${name} is required`);
  return value;
}

const from = path.resolve(option("from", "content"));
const to = path.resolve(option("to"));
const count = Number(option("count", "10000"));

const sources: { section: string; file: string }[] = [];
for (const section of fs.readdirSync(from, { withFileTypes: true })) {
  if (!section.isDirectory() || section.name.startsWith("_") || section.name.startsWith(".")) continue;
  for (const file of fs.readdirSync(path.join(from, section.name))) {
    if (/\.(md|markdown|mdx)$/.test(file)) sources.push({ section: section.name, file });
  }
}
if (!sources.length) throw new Error(`no article in ${from}`);
fs.rmSync(to, { recursive: true, force: true });
for (let i = 0; i < count; i++) {
  const { section, file } = sources[i % sources.length]!;
  const round = Math.floor(i / sources.length);
  const ext = path.extname(file);
  const name = round ? `${round}-${path.basename(file, ext).slice(0, 150)}${ext}` : file;
  fs.mkdirSync(path.join(to, section), { recursive: true });
  // Copies keep their permalink or redirect_from only once: a URL must stay unique.
  const text = fs.readFileSync(path.join(from, section, file), "utf8");
  fs.writeFileSync(path.join(to, section, name), round ? text.replace(/^(permalink|redirect_from):.*(\n[ -].*)*\n/gm, "") : text);
}
console.log(`${count} articles from ${sources.length} in ${from} -> ${to}`);
