/**
 * kramdown's own extensions, which CommonMark would show as text: `{::comment}…{:/comment}`
 * (removed), `{::nomarkdown}…{:/nomarkdown}` (its HTML kept), `{::options … /}` (removed) and
 * abbreviation definitions `*[RGAA]: …` (removed: their expansion only showed on hover). Line
 * breaks are kept so messages still point at the right line.
 */

export type ExtensionFinding = { line: number; message: string };

const keepBreaks = (text: string) => text.replace(/[^\n]/g, "");

export function kramdownExtensions(text: string): { text: string; findings: ExtensionFinding[] } {
  if (!text.includes("{::") && !/^\*\[/m.test(text)) return { text, findings: [] };
  const findings: ExtensionFinding[] = [];
  const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
  let out = text.replace(/\{::comment\}([\s\S]*?)\{:\/(?:comment)?\}/g, (whole: string, _inner: string, offset: number) => {
    findings.push({ line: lineAt(offset), message: "a kramdown comment is not shown (as on the old site)" });
    return keepBreaks(whole);
  });
  out = out.replace(/\{::nomarkdown\}([\s\S]*?)\{:\/(?:nomarkdown)?\}/g, (_whole, inner: string) => inner);
  out = out.replace(/\{::options\b[^}]*\/\}/g, "");
  out = out.replace(/^\*\[([^\]\n]+)\]:[^\n]*$/gm, (_whole, abbr: string, offset: number) => {
    findings.push({ line: lineAt(offset), message: `the abbreviation definition of "${abbr}" is not carried (write <abbr title="…">${abbr}</abbr> where it matters)` });
    return "";
  });
  return { text: out, findings };
}
