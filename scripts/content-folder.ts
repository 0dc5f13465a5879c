/**
 * The scripts that read content (`npm run check`, `images`, `new`, and through them `npm run
 * build` and `npm run dev`) stop at once when the content folder is missing or is a file: one
 * line naming it, exit status 2, no stack trace.
 */
import { contentFolderProblem } from "@/lib/content/load";

export function requireContentFolder(): void {
  const problem = contentFolderProblem();
  if (!problem) return;
  console.error(problem);
  process.exit(2);
}
