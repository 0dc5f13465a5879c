/**
 * Inline links kramdown accepted and CommonMark does not: an address with spaces, and a title
 * whose closing quote is missing. CommonMark would show them as raw `[text](…)`; they are
 * rewritten so the reader gets the link (or, for a placeholder that is no address, its text).
 */

export type LinkFinding = { message: string };

// `[text](` with one level of nested brackets in the text (`[![alt](src)](url)`).
const TEXT = String.raw`\[((?:[^[\]]|\[[^\]]*\])*)\]`;
const SPACED_DESTINATION = new RegExp(`${TEXT}\\(([^()<>"'\\n]*?[^()<>"'\\s]\\s+[^()<>"'\\n]*?)\\)`, "g");
const UNCLOSED_TITLE = /\]\((\S+)\s+(?:"([^"()]*)|'([^'()]*))\)/g;

function looksLikeAddress(destination: string): boolean {
  return /^(?:\/|\.{1,2}\/|#|[a-z][a-z0-9+.-]*:)/i.test(destination) || /\.[a-z0-9]{2,5}$/i.test(destination);
}

export function repairLinks(line: string, findings: LinkFinding[]): string {
  if (!line.includes("](")) return line;
  let out = line.replace(UNCLOSED_TITLE, (_whole, url: string, double?: string, single?: string) => {
    const title = double ?? single ?? "";
    findings.push({ message: `the title of the link to ${url} has no closing quote: read as if it had one` });
    return `](${url} "${title.replace(/"/g, "'")}")`;
  });
  out = out.replace(SPACED_DESTINATION, (whole, text: string, destination: string) => {
    const trimmed = destination.trim();
    if (looksLikeAddress(trimmed)) return `[${text}](<${trimmed}>)`;
    findings.push({ message: `"${trimmed}" is not an address: the link text is shown without a link` });
    return text;
  });
  return out;
}
