/**
 * Jekyll read front matter with libyaml, which is more forgiving than the YAML 1.2 spec in one
 * way real files rely on: the lines of a quoted value spread over several lines need no
 * indentation (a closing `'` at the start of a line). Such files built on the old site, so they
 * must build here; the repair only adds indentation, so line numbers stay true.
 */

export type Repair = { text: string; lines: number[] };

// A value that starts with a quote: `key: '…`, `- "…`, `- key: '…`.
const QUOTED_VALUE = /^\s*(?:-\s+)*(?:[^\s'"#-][^#]*?:\s+)?(['"])/;

/** Where a quoted scalar opened on this line ends; -1 when it runs on to the next line. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === "\\") {
      i++;
      continue;
    }
    if (c !== quote) continue;
    if (quote === "'" && line[i + 1] === "'") {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/**
 * Indents the unindented continuation lines of multi-line quoted values, as libyaml accepted
 * them. Returns undefined when there is nothing of that kind to repair.
 */
export function indentQuotedContinuations(yaml: string): Repair | undefined {
  const lines = yaml.split("\n");
  const repaired: number[] = [];
  let open: string | undefined;
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    let from = 0;
    if (open) {
      if (line !== "" && !/^\s/.test(line)) {
        line = ` ${line}`;
        lines[n] = line;
        repaired.push(n);
      }
    } else {
      const m = QUOTED_VALUE.exec(line);
      if (!m) continue;
      open = m[1];
      from = m[0].length;
    }
    if (closingQuote(line, from, open!) >= 0) open = undefined;
  }
  return repaired.length ? { text: lines.join("\n"), lines: repaired } : undefined;
}
