/** Escaping for the XML feeds. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// Characters XML 1.0 forbids even escaped (control characters other than tab and line breaks).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export function element(name: string, text: string, attributes = ""): string {
  return `<${name}${attributes}>${xmlEscape(text)}</${name}>`;
}
