/**
 * Broken HTML a browser would read badly and CommonMark would show as text: an attribute
 * value whose closing quote is missing (`<a href="https://x.fr>le lien</a>`). The value ends
 * where the tag visibly ends, so the link works and the text after it stays.
 */

export type RepairFinding = { message: string };

// A tag whose quoted attribute value reaches `>` without its closing quote.
const UNCLOSED_VALUE = /(<[a-z][a-z0-9]*\b[^<>]*?=\s*)(["'])([^"'<>\n]*)>/gi;

export function repairUnclosedQuotes(line: string, findings: RepairFinding[]): string {
  if (!line.includes("<")) return line;
  return line.replace(UNCLOSED_VALUE, (whole, start: string, quote: string, value: string, offset: number, all: string) => {
    // A `>` inside a well-formed value (`title="a > b"`) is followed by the closing quote before
    // any other tag: leave those alone.
    const after = all.slice(offset + whole.length);
    const nextTag = after.search(/</);
    const upToNextTag = nextTag < 0 ? after : after.slice(0, nextTag);
    if (upToNextTag.includes(quote)) return whole;
    // Quotes balanced before this attribute: only the last value is open.
    if ((start.split(quote).length - 1) % 2 !== 0) return whole;
    findings.push({ message: `an attribute value has no closing quote (${quote}${value.slice(0, 40)}): closed where the tag ends` });
    return `${start}${quote}${value}${quote}>`;
  });
}
