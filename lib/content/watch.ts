/**
 * Development only: one watcher on the content folder for the whole server process. The live
 * preview's event stream tells browsers when a file changed, and the loader re-reads at once
 * instead of waiting for its next scan.
 */
import fs from "node:fs";

type Listener = (files: string[]) => void;

type Watcher = {
  dir: string;
  /** Grows with every event seen: the loader compares it with the value at its last scan. */
  changes: number;
  listeners: Set<Listener>;
  handle: fs.FSWatcher;
  pending: Set<string>;
  timer?: NodeJS.Timeout;
  /** The folder went away: the next subscriber watches it anew. */
  closed?: boolean;
};

// Editors save in several writes (temporary file, rename): browsers hear of it once things settle.
const SETTLE_MS = 80;

// Next may load this module once per route bundle in development; the watcher must be unique.
const KEY = Symbol.for("chapeau.content-watcher");
const registry = globalThis as typeof globalThis & { [KEY]?: Watcher };

function start(dir: string): Watcher {
  const previous = registry[KEY];
  if (previous?.dir === dir && !previous.closed) return previous;
  previous?.handle.close();
  // `recursive` covers new section folders and `_drafts/` (Node 20 supports it on Linux too).
  const handle = fs.watch(dir, { recursive: true });
  // The count goes on from the last watcher of the same folder: pages and the event stream
  // compare counts, and one that started again from 0 would look older than it is.
  const changes = previous?.dir === dir ? previous.changes : 0;
  const watcher: Watcher = { dir, changes, listeners: previous?.listeners ?? new Set(), handle, pending: new Set() };
  handle.on("change", (_event, name) => {
    watcher.changes++;
    watcher.pending.add(String(name ?? ""));
    clearTimeout(watcher.timer);
    watcher.timer = setTimeout(() => {
      const files = [...watcher.pending].filter(Boolean).sort();
      watcher.pending.clear();
      for (const listener of watcher.listeners) listener(files);
    }, SETTLE_MS);
  });
  handle.on("error", () => {
    // The folder went away (renamed, re-cloned): the next subscriber watches it anew.
    handle.close();
    watcher.closed = true;
  });
  registry[KEY] = watcher;
  return watcher;
}

/** Calls `listener` with the changed paths (relative to `dir`) after each burst of changes. */
export function subscribeToContent(dir: string, listener: Listener): () => void {
  const watcher = start(dir);
  watcher.listeners.add(listener);
  return () => {
    watcher.listeners.delete(listener);
  };
}

/** How many changes have been seen in `dir` so far; 0 while nothing watches it. */
export function contentChanges(dir: string): number {
  const watcher = registry[KEY];
  return watcher?.dir === dir ? watcher.changes : 0;
}
