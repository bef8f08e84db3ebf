// The CodeMirror 6 JSON editor. Uncontrolled inside (CodeMirror owns the text); reports every change and
// shows the validator's diagnostics. Tooltips and completions are built as DOM text nodes, never HTML.
import { autocompletion, type CompletionContext } from '@codemirror/autocomplete';
import { isolateHistory, redo, redoDepth, undo, undoDepth } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorState, Compartment, Prec, Transaction } from '@codemirror/state';
import { activateHover, closeHoverTooltips, EditorView, hasHoverTooltips, hoverTooltip, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef, type RefObject } from 'react';
import { CSP_NONCE } from '../../../components/csp-nonce.ts';
import type { Edit } from './edit-doc.ts';
import { completionsAt, hoverAt, keyCompletionRange } from './schema-assist.ts';

/**
 * What the forms, the graph and the preview use to change the document: through the editor, so every
 * change is in its one undo history (Ctrl+Z in the editor and the Undo buttons undo form edits too).
 */
export interface EditorApi {
  apply: (edits: readonly Edit[]) => void;
  undo: () => void;
  redo: () => void;
  canUndo: () => boolean;
  canRedo: () => boolean;
}

export interface EditorDiagnostic {
  from: number;
  to: number;
  message: string;
}

interface Props {
  /** Identity of the document: a new docKey replaces the text (switching scenarios). */
  docKey: string;
  initialText: string;
  readOnly: boolean;
  label: string;
  /** Id of the text that lists the editor's keys (aria-describedby). */
  keysHintId?: string;
  schema: Record<string, unknown>;
  diagnostics: readonly EditorDiagnostic[];
  /** Select and scroll to this range when `seq` changes. */
  jump: { from: number; to: number; seq: number } | null;
  /** Replace the whole text (e.g. a machine-converted translation) when `seq` changes. */
  replace: { text: string; seq: number } | null;
  onChange: (text: string) => void;
  /** Filled with the editor's API while it is mounted. */
  apiRef?: RefObject<EditorApi | null>;
}

export function JsonEditor({ docKey, initialText, readOnly, label, keysHintId, schema, diagnostics, jump, replace, onChange, apiRef }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const diagnosticsRef = useRef(diagnostics);
  const onChangeRef = useRef(onChange);
  const readOnlyConf = useRef(new Compartment());
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    const complete = (ctx: CompletionContext) => {
      const text = ctx.state.doc.toString();
      const word = ctx.matchBefore(/"?[\w$-]*"?/);
      const options = completionsAt(schema, text, ctx.pos);
      if (options.length === 0 || (!ctx.explicit && !word)) return null;
      // Property names are offered as soon as a quote is typed (issue 17, finding 5), not only after a letter.
      const key = keyCompletionRange(text, ctx.pos);
      if (options[0]?.type === 'property') {
        return {
          from: key.from,
          to: key.to,
          options: options.map((o) => ({ label: o.label, apply: key.quoted ? `${o.label}"` : o.apply, type: 'property', ...(o.info ? { info: o.info } : {}) })),
        };
      }
      return {
        from: word ? word.from : ctx.pos,
        to: word ? word.to : ctx.pos,
        options: options.map((o) => ({ label: o.label, apply: o.apply, type: 'enum', ...(o.info ? { info: o.info } : {}) })),
      };
    };
    const hover = hoverTooltip((v, pos) => {
      const found = hoverAt(schema, v.state.doc.toString(), pos);
      if (!found) return null;
      return {
        pos: found.from,
        end: found.to,
        create: () => {
          const dom = document.createElement('div');
          dom.className = 'studio-hover';
          const path = document.createElement('code');
          path.textContent = found.path;
          const text = document.createElement('p');
          text.textContent = found.description;
          dom.append(path, text);
          return { dom };
        },
      };
    });
    // The same docs by keyboard (Ctrl+K then Ctrl+I, as in VS Code), for the field at the cursor; they close
    // when the cursor moves, the text changes or Escape is pressed.
    const explainKeys = Prec.high(
      keymap.of([
        {
          key: 'Mod-k Mod-i',
          run: (ev) => {
            activateHover(ev, ev.state.selection.main.head, 1, { tooltip: hover, until: (tr) => tr.docChanged || tr.selection !== undefined });
            return true;
          },
        },
        {
          key: 'Escape',
          run: (ev) => {
            if (!hasHoverTooltips(ev.state)) return false;
            ev.dispatch({ effects: closeHoverTooltips });
            return true;
          },
        },
      ]),
    );
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          basicSetup,
          // The built app's CSP admits the editor's <style> elements by this nonce.
          EditorView.cspNonce.of(CSP_NONCE),
          json(),
          // Long lines scroll inside the pane (studio.css), so the page never grows sideways (issue 17, finding
          // 1). Not EditorView.lineWrapping: with it, schema hover docs never showed for users who ask for
          // reduced motion (Chromium; the keyboard browser test runs that way).
          lintGutter(),
          linter(() => diagnosticsRef.current.map((d): Diagnostic => ({ from: d.from, to: d.to, severity: 'error', message: d.message })), { delay: 0 }),
          autocompletion({ override: [complete] }),
          hover,
          explainKeys,
          readOnlyConf.current.of([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]),
          // An explicit tabindex: the content is one tab stop even when read-only, so the scroller is keyboard reachable.
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0', ...(keysHintId ? { 'aria-describedby': keysHintId } : {}) }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChangeRef.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    if (apiRef) {
      apiRef.current = {
        // Each form edit is one undo step: CodeMirror would otherwise join adjacent changes made within
        // half a second (two transitions added quickly), and Undo would take both back.
        apply: (edits) =>
          v.dispatch({
            changes: edits.map((e) => ({ from: e.offset, to: e.offset + e.length, insert: e.content })),
            annotations: [isolateHistory.of('full'), Transaction.userEvent.of('input.studio')],
          }),
        undo: () => void undo(v),
        redo: () => void redo(v),
        canUndo: () => undoDepth(v.state) > 0,
        canRedo: () => redoDepth(v.state) > 0,
      };
    }
    return () => {
      v.destroy();
      view.current = null;
      if (apiRef) apiRef.current = null;
    };
    // The editor is rebuilt only for a different document; text changes flow out through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [docKey]);

  useEffect(() => {
    view.current?.dispatch({ effects: readOnlyConf.current.reconfigure([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]) });
  }, [readOnly]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const length = v.state.doc.length;
    diagnosticsRef.current = diagnostics.map((d) => ({ ...d, from: Math.min(d.from, length), to: Math.min(Math.max(d.to, d.from), length) }));
    forceLinting(v);
  }, [diagnostics]);

  useEffect(() => {
    const v = view.current;
    if (!v || !jump) return;
    const length = v.state.doc.length;
    const from = Math.min(jump.from, length);
    v.dispatch({ selection: { anchor: from, head: Math.min(Math.max(jump.to, from), length) }, scrollIntoView: true });
    v.focus();
  }, [jump]);

  useEffect(() => {
    const v = view.current;
    if (!v || !replace || v.state.doc.toString() === replace.text) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: replace.text } });
  }, [replace]);

  return <div ref={host} className="studio-editor" />;
}
