/**
 * Bounds on what front matter may cost to read. Content is untrusted input: YAML can nest a
 * value thousands of levels deep (the parser then recurses until the stack runs out, seconds
 * later) or expand aliases into billions of nodes (an « alias bomb »). Real front matter nests
 * three levels (`une-ou-diaporama` -> item -> key) and uses no alias.
 */

/** Deepest nesting accepted, in block indentation levels plus flow brackets. */
export const MAX_NESTING = 16;
/** Alias uses (`*nom`) accepted in one front matter; `yaml` also refuses any that expands too much. */
export const MAX_ALIASES = 50;

export type Excess = { line: number; column: number; message: string };

/**
 * The first place where the YAML text nests deeper than MAX_NESTING, judged on the text before
 * it is parsed (so a hostile file never reaches the recursive parser). One pass over the text:
 * block levels are a stack of indentations (each line pushes at most one and pops what it
 * closes), flow levels a counter of open brackets outside quotes. It over-counts rather than
 * under-counts (a bracket inside a plain scalar counts), which only matters beyond the bound.
 */
export function nestingExcess(yaml: string): Excess | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: string | undefined;
  let lineNo = 0;
  for (const line of yaml.split("\n")) {
    lineNo++;
    let i = 0;
    if (!quote && flow === 0) {
      while (line[i] === " ") i++;
      if (i === line.length || line[i] === "#") continue;
      // `- - key:` opens one level per dash.
      let indent = i;
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      while (line[i] === "-" && line[i + 1] === " ") {
        i += 2;
        while (line[i] === " ") i++;
        indent = i;
        indents.push(indent);
      }
      if (indents.length > MAX_NESTING) return { line: lineNo, column: i + 1, message: tooDeep() };
    }
    for (; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === "\\" && quote === '"') i++;
        else if (c === quote) quote = undefined;
        continue;
      }
      if (c === "#" && (i === 0 || line[i - 1] === " ")) break;
      if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(line[i - 1]!))) quote = c;
      else if (c === "[" || c === "{") {
        flow++;
        if (indents.length + flow > MAX_NESTING) return { line: lineNo, column: i + 1, message: tooDeep() };
      } else if ((c === "]" || c === "}") && flow > 0) flow--;
    }
  }
  return undefined;
}

function tooDeep(): string {
  return `front matter nests more than ${MAX_NESTING} levels deep: not read (front matter holds keys, lists and short texts)`;
}

export function tooManyAliases(): string {
  return `front matter uses more than ${MAX_ALIASES} YAML aliases (« *nom »): not read (write the values out)`;
}
