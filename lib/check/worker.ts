/**
 * A child process of the content check (parallel.ts, which forks this file by its own
 * location): analyses the files it is sent and sends their records back. Not meant to be run by
 * hand.
 */
import fs from "node:fs";
import { splitFile } from "@/lib/content/front-matter";
import { loadContent } from "@/lib/content/load";
import { analyseFile, type FileRecord } from "./analyse-file";

process.once("message", async ({ files }: { files: string[] }) => {
  try {
    const byFile = new Map(loadContent().articles.map((a) => [a.file, a]));
    const records: [string, FileRecord][] = [];
    for (const file of files) {
      const article = byFile.get(file);
      if (!article) throw new Error(`${file} is not an article of the content folder`);
      records.push([file, await analyseFile(article, splitFile(fs.readFileSync(file, "utf8")))]);
    }
    process.send!({ records }, () => process.exit(0));
  } catch (error) {
    process.send!({ error: error instanceof Error ? error.stack ?? error.message : String(error) }, () => process.exit(1));
  }
});
