/**
 * The one invalidation story of what is derived from content: a value is made from the content
 * index and kept until the index changes. In a build the index is read once, so each value is
 * made once per process; in `next dev` the loader gives a new index whenever a content file is
 * added, changed or removed (lib/content/load.ts), and every derived value follows at its next
 * use. Nothing derived from content is cached any other way. A value that also depends on the
 * build's mode (are drafts shown?) names it as a second key.
 */
import { loadContent, type ContentIndex } from "./load";

export function perContent<T>(compute: (index: ContentIndex) => T, alsoKeyedBy: () => unknown = () => undefined): () => T {
  let memo: { index: ContentIndex; key: unknown; value: T } | undefined;
  return () => {
    const index = loadContent();
    const key = alsoKeyedBy();
    if (memo?.index !== index || memo.key !== key) memo = { index, key, value: compute(index) };
    return memo.value;
  };
}
