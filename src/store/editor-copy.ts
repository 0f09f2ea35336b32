// The editor's "a copy of …" a bundled scenario: the same text with a new id
// and its title marked "(my copy)" in each of its languages, so results of the
// copy are never taken for the bundled scenario's (whose id the class page and
// saved games know), and the teacher sees which is theirs. Only those values
// are rewritten, in place: every comment and line of the file stays as it was.
import { isScalar, parseDocument, type Document } from 'yaml';
import { CATALOGUES, isLanguage } from '../messages/catalogues.ts';
import { t } from '../messages/i18n.ts';

/** A text value of the file: a plain string scalar, with where it is written. */
function scalarAt(doc: Document, path: readonly string[]) {
  const node = doc.getIn(path, true);
  return isScalar(node) && typeof node.value === 'string' && node.range
    ? { value: node.value, start: node.range[0], end: node.range[1] }
    : null;
}

/** The title a scenario's text gives, read as YAML (no quotes around it); null when it has none. */
export function titleOf(text: string): string | null {
  const title = scalarAt(parseDocument(text), ['title']);
  return title?.value ?? null;
}

/** "(my copy)" in the language of that part of the file (English when the game has no catalogue for it). */
function myCopy(title: string, language: unknown): string {
  const catalogue = isLanguage(language) ? CATALOGUES[language] : CATALOGUES.en;
  return t(catalogue, 'editor.myCopy', { title });
}

/**
 * The text of a teacher's copy: id "<id>-my-copy" (or -2, -3… when `taken`
 * has it), and each title (the file's and its translations') marked as a
 * copy. A text the parser cannot read is returned as it is.
 */
export function copyOfScenarioText(text: string, taken: readonly string[] = []): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  const edits: { start: number; end: number; value: string }[] = [];
  const id = scalarAt(doc, ['id']);
  if (id) {
    let n = 1;
    const fresh = () => `${id.value}-my-copy${n === 1 ? '' : `-${n}`}`;
    while (taken.includes(fresh())) n++;
    edits.push({ ...id, value: fresh() });
  }
  const title = scalarAt(doc, ['title']);
  if (title) edits.push({ ...title, value: myCopy(title.value, doc.get('language')) });
  const translations = doc.get('translations', true);
  const languages =
    translations && typeof translations === 'object' && 'items' in translations
      ? (translations.items as { key: unknown }[]).map((pair) =>
          isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
        )
      : [];
  for (const language of languages) {
    const translated = scalarAt(doc, ['translations', language, 'title']);
    if (translated) edits.push({ ...translated, value: myCopy(translated.value, language) });
  }
  // From the end back, so earlier offsets still hold; a JSON string is a double-quoted YAML string.
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce(
      (out, edit) => out.slice(0, edit.start) + JSON.stringify(edit.value) + out.slice(edit.end),
      text,
    );
}
