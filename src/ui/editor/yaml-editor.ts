// The CodeMirror 6 editor of the editor page: YAML colours, line numbers,
// suggestions from the schema, and the checker's problems underlined. It only
// shows text and problems; the page's store decides what they are.
import { EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import {
  autocompletion,
  completionKeymap,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import type { Problem } from '../../scenario/problem.ts';
import { cursorContext, describeField, suggestionsAt } from '../../scenario/completion.ts';

export interface YamlEditorOptions {
  parent: HTMLElement;
  text: string;
  label: string;
  onChange(text: string): void;
  /** The description of the field under the cursor ('' when none). */
  onFieldHelp(field: string, description: string): void;
}

/** Fields and values the schema allows where the cursor is. */
function completeFromSchema(context: CompletionContext): CompletionResult | null {
  const text = context.state.doc.toString();
  const place = cursorContext(text, context.pos);
  if (!place || (place.prefix === '' && !context.explicit && place.kind === 'key')) return null;
  const line = context.state.doc.lineAt(context.pos);
  const childIndent = ' '.repeat(place.from - line.from).replace(/-/g, ' ') + '  ';
  const options: Completion[] = suggestionsAt(text, place).map((s) => ({
    label: s.label,
    detail: s.detail,
    info: s.description || undefined,
    type: place.kind === 'key' ? 'property' : 'constant',
    // Inside `{ … }` a field is written `name: ` on the same line (suggestionsAt already says so).
    apply:
      place.flow || place.kind !== 'key'
        ? s.apply
        : s.detail === 'list'
          ? `${s.label}:\n${childIndent}- `
          : s.detail === 'block'
            ? `${s.label}:\n${childIndent}`
            : s.apply,
  }));
  return options.length === 0 ? null : { from: place.from, options, validFor: /^[\w-]*$/ };
}

/** The field name on the cursor's line, and its description from the schema. */
function fieldUnderCursor(state: EditorState): { field: string; description: string } {
  const line = state.doc.lineAt(state.selection.main.head);
  const match = /^(\s*(?:-\s+)*)([A-Za-z_][\w-]*)\s*:/.exec(line.text);
  if (!match) return { field: '', description: '' };
  const keyEnd = line.from + (match[1]?.length ?? 0) + (match[2]?.length ?? 0);
  // Only the text above the cursor counts: a huge file is not copied whole on every cursor move.
  const place = cursorContext(state.doc.sliceString(0, keyEnd), keyEnd);
  const field = match[2] ?? '';
  return { field, description: place ? describeField(place.path, field) : '' };
}

/** A problem's place in the text: from its line and column to the end of the word there. */
function diagnosticOf(state: EditorState, problem: Problem): Diagnostic {
  const doc = state.doc;
  const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
  const from = Math.min(line.from + Math.max(problem.column - 1, 0), line.to);
  const word = /^[^\s:,#]+/.exec(doc.sliceString(from, line.to));
  let to = from + (word?.[0].length ?? 0);
  if (to === from) to = line.to > from ? line.to : Math.min(from + 1, doc.length);
  return {
    from,
    to,
    severity: problem.severity,
    message: `${problem.message}. Fix: ${problem.fix}`,
    source: problem.path || undefined,
  };
}

export interface YamlEditor {
  view: EditorView;
  /** Replaces the whole text (another draft was opened). */
  setText(text: string): void;
  showProblems(problems: readonly Problem[]): void;
  /** Puts the cursor at a line and column and scrolls it into view. */
  goTo(line: number, column: number): void;
  destroy(): void;
}

export function createYamlEditor(options: YamlEditorOptions): YamlEditor {
  let replacing = false;
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    foldGutter(),
    lintGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    bracketMatching(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    yaml(),
    autocompletion({ override: [completeFromSchema], activateOnTyping: true }),
    keymap.of([
      ...completionKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...defaultKeymap,
      indentWithTab,
    ]),
    EditorView.lineWrapping,
    // tabindex: axe (scrollable-region-focusable) does not count the contenteditable content as focusable.
    EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && !replacing) options.onChange(update.state.doc.toString());
      if (update.selectionSet || update.docChanged) {
        const { field, description } = fieldUnderCursor(update.state);
        options.onFieldHelp(field, description);
      }
    }),
  ];
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({ doc: options.text, extensions }),
  });

  return {
    view,
    setText(text) {
      if (text === view.state.doc.toString()) return;
      // A fresh state: undo must not step back into another draft.
      replacing = true;
      view.setState(EditorState.create({ doc: text, extensions }));
      replacing = false;
    },
    showProblems(problems) {
      view.dispatch(
        setDiagnostics(
          view.state,
          problems.map((p) => diagnosticOf(view.state, p)),
        ),
      );
    },
    goTo(line, column) {
      const doc = view.state.doc;
      const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
      const pos = Math.min(target.from + Math.max(column - 1, 0), target.to);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
    destroy() {
      view.destroy();
    },
  };
}
