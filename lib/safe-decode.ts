/**
 * `decodeURIComponent` for addresses written by people: a malformed escape (`50%` in a file
 * name, a stray `%`) leaves the text as written instead of throwing. No imports: next.config.ts
 * reaches it through lib/content, whose files import each other by relative path only.
 */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
