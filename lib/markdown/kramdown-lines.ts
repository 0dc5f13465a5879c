/**
 * The reading frame of the kramdown rules: the lines still to read and the lines written so far.
 * A rule may write, put text back to be read again (the rest of a line after a split tag), or
 * rewrite a line it has not reached yet; only these few moves exist, so a rule reads as what it
 * does to the text rather than as index arithmetic.
 */

export type SourceLine = {
  text: string;
  /** The original (1-based) line this text comes from, for messages. */
  from: number;
};

export type LineFinding = { line: number; message: string };

export class LineReader {
  private position = 0;
  constructor(private readonly lines: SourceLine[]) {}

  /** The next line to read, taken. */
  take(): SourceLine | undefined {
    return this.lines[this.position++];
  }

  /** A line not read yet: 0 is the next one. */
  peek(ahead = 0): SourceLine | undefined {
    return this.lines[this.position + ahead];
  }

  /** Lines to read next, before the rest (a split line's pieces). */
  unread(...lines: SourceLine[]) {
    this.lines.splice(this.position, 0, ...lines);
  }

  /** Replaces the line `ahead` lines on with `lines`, to be read in its place. */
  replace(ahead: number, ...lines: SourceLine[]) {
    this.lines.splice(this.position + ahead, 1, ...lines);
  }

  /** Skips the next `count` lines. */
  skip(count = 1) {
    this.position += count;
  }
}

export class LineWriter {
  readonly lines: string[] = [];
  /** `origin[i]` is the original line of output line i + 1. */
  readonly origin: number[] = [];

  push(text: string, from: number) {
    this.lines.push(text);
    this.origin.push(from);
  }

  /** A blank line, unless the last line written is one already (or nothing is written). */
  blank(from: number) {
    if (this.lines.length && this.last() !== "") this.push("", from);
  }

  last(): string | undefined {
    return this.lines[this.lines.length - 1];
  }
}

export type RuleContext = {
  input: LineReader;
  output: LineWriter;
  findings: LineFinding[];
};

/**
 * One reading of kramdown. `line` is the line as repaired, `source` as written (some rules copy
 * lines verbatim). Returns true when the line is dealt with (written or put back to be read
 * again); false lets the next rule look at it.
 */
export type KramdownRule = (line: string, source: SourceLine, context: RuleContext) => boolean;

/** A repair of the text of one line, before the rules read it (findings by line). */
export type LineRepair = (line: string, from: number, findings: LineFinding[]) => string;
