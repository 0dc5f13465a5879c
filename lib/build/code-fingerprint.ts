/**
 * A hash of the code that decides how content is read and rendered (lib/, the site config, the
 * dependencies): caches of derived content key on it, so a code change never serves stale output.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const CODE = ["lib", "site.config.ts", "package-lock.json"];

let computed: string | undefined;

export function codeFingerprint(root = process.cwd()): string {
  if (computed) return computed;
  const hash = crypto.createHash("sha1");
  const add = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) for (const name of fs.readdirSync(file).sort()) add(path.join(file, name));
    else if (stat?.isFile()) hash.update(path.relative(root, file)).update(fs.readFileSync(file));
  };
  for (const entry of CODE) add(path.join(/*turbopackIgnore: true*/ root, entry));
  computed = hash.digest("hex");
  return computed;
}
