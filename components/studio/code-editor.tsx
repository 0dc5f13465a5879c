"use client";
/**
 * The article's text in CodeMirror 6, with Markdown highlighting. Tab is left to the browser
 * (it moves focus out of the editor: the page stays keyboard-complete); Ctrl+Z / Ctrl+Y undo
 * and redo. The parent drives it through `handleRef` (insert a snippet, put the cursor on a line).
 */
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorState } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";
import { useEffect, useRef, type RefObject } from "react";

export type CodeEditorHandle = {
  insert(text: string): void;
  goToLine(line: number): void;
  focus(): void;
  setText(text: string): void;
};

type Props = {
  initial: string;
  label: string;
  describedBy?: string;
  onChange(text: string): void;
  handleRef: RefObject<CodeEditorHandle | null>;
  onDropFiles?(files: File[]): void;
};

export function CodeEditor({ initial, label, describedBy, onChange, handleRef, onDropFiles }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const changed = useRef(onChange);
  const dropped = useRef(onDropFiles);
  useEffect(() => {
    changed.current = onChange;
    dropped.current = onDropFiles;
  });
  useEffect(() => {
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initial,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          markdown(),
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.contentAttributes.of({ "aria-label": label, ...(describedBy ? { "aria-describedby": describedBy } : {}), lang: "fr", spellcheck: "true" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
          EditorView.domEventHandlers({
            drop(event) {
              const files = [...(event.dataTransfer?.files ?? [])];
              if (!files.length || !dropped.current) return false;
              event.preventDefault();
              const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
              if (pos !== null) view.dispatch({ selection: { anchor: pos } });
              dropped.current(files);
              return true;
            },
          }),
        ],
      }),
    });
    handleRef.current = {
      insert(text) {
        const { from, to } = view.state.selection.main;
        view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length }, scrollIntoView: true });
        view.focus();
      },
      goToLine(line) {
        const n = Math.min(Math.max(1, line), view.state.doc.lines);
        const at = view.state.doc.line(n).from;
        view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
        view.focus();
      },
      focus() {
        view.focus();
      },
      setText(text) {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      },
    };
    return () => {
      handleRef.current = null;
      view.destroy();
    };
    // The editor is made once; later text comes through the handle (a reload after a conflict).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <div ref={host} className="studio-code" />;
}
