/** Something the pipeline read in a body and could not show as written: a content-check finding. */
export type TreeFinding = {
  /** Line and column in the text the pipeline was given (1-based). */
  line: number;
  column: number;
  severity: "error" | "warning";
  message: string;
};
