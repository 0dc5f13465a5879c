import type { ContentIssue } from "./types";

/** `content/actualites/x.md:3:7: error: message`: the form editors' tools make clickable. */
export function formatIssue(issue: ContentIssue): string {
  const where = [issue.file, issue.line, issue.line ? issue.column : undefined].filter((x) => x !== undefined).join(":");
  return `${where}: ${issue.severity}: ${issue.message}`;
}

/** Thrown by a production build when content is invalid: nothing half-broken gets published. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `${issues.length} content error${issues.length > 1 ? "s" : ""}; nothing was published:\n` +
        issues.map(formatIssue).join("\n"),
    );
    this.name = "ContentError";
  }
}
