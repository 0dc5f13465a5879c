/**
 * Liquid left in Jekyll bodies. What has a meaning here is resolved (`{{ site.url }}`,
 * `{% link %}`); the rest is removed and reported, so `{%` and `{{` never reach a reader.
 * Line breaks inside a removed tag are kept so line numbers stay true.
 */

export type LiquidFinding = { line: number; message: string };

export type LiquidOptions = {
  /** URL of the page built from a source file path (`_actualites/x.md`), if it exists. */
  resolveLink?: (sourcePath: string) => string | undefined;
};

const TAG = /\{%-?\s*([\s\S]*?)\s*-?%\}|\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
const SITE_ROOT = /^(site\.url|site\.baseurl|base|site\.github\.url)(\s*\|\s*[\w_]+(?::\s*[^|]*)?)*$/;

export function resolveLiquid(text: string, options: LiquidOptions = {}): { text: string; findings: LiquidFinding[] } {
  if (!text.includes("{%") && !text.includes("{{")) return { text, findings: [] };
  const findings: LiquidFinding[] = [];
  const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
  const keepBreaks = (s: string) => s.replace(/[^\n]/g, "");

  // {% raw %}…{% endraw %}: the content is text the author wanted shown as written.
  let out = text.replace(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g, (_m, inner: string) =>
    inner.replace(/\{%/g, "{\u200B%").replace(/\{\{/g, "{\u200B{"),
  );
  out = out.replace(TAG, (whole: string, tag: string | undefined, expression: string | undefined, offset: number) => {
    const line = lineAt(offset);
    if (expression !== undefined) {
      if (SITE_ROOT.test(expression.trim())) return keepBreaks(whole);
      findings.push({ line, message: `Liquid output "{{ ${expression.trim()} }}" removed: it has no value here` });
      return keepBreaks(whole);
    }
    const [name = "", ...args] = (tag ?? "").trim().split(/\s+/);
    if ((name === "link" || name === "post_url") && args[0]) {
      const url = options.resolveLink?.(args[0]);
      if (url) return url;
      findings.push({ line, message: `Liquid {% ${name} ${args[0]} %}: no such article here, link removed` });
      return keepBreaks(whole);
    }
    findings.push({ line, message: `Liquid tag "{% ${(tag ?? "").trim().slice(0, 60)} %}" removed` });
    return keepBreaks(whole);
  });
  return { text: out, findings };
}
