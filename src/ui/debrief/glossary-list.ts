// Words to know, on the debrief page: each term with a "?" button that shows
// its one-sentence meaning under it (a disclosure: aria-expanded and
// aria-controls, Enter/Space/click/tap to open, Escape to close), so a student
// who meets "Nash point" or "Boulware" can find out without leaving the page.
import { el } from '../dom.ts';
import { t, type MessageKey, type Catalogue } from '../../messages/i18n.ts';
import type { Style } from '../../scenario/schema.ts';

/** The terms the glossary explains: three of the deal's, and each concession style of the schema. */
export type GlossaryTerm = 'pareto' | 'nash' | 'walkAway' | Style;

let nextId = 0;

/** A list of terms, each with its "?" and its hidden meaning. */
export function glossaryList(terms: readonly GlossaryTerm[], catalogue: Catalogue): HTMLElement {
  return el(
    'dl',
    { class: 'glossary' },
    ...terms.flatMap((id) => {
      const term = t(catalogue, `glossary.${id}.term` as MessageKey);
      const meaningId = `glossary-${id}-${++nextId}`;
      const meaning = el(
        'dd',
        { id: meaningId, hidden: '' },
        t(catalogue, `glossary.${id}` as MessageKey),
      );
      const ask = el(
        'button',
        {
          type: 'button',
          class: 'glossary-ask',
          'aria-expanded': 'false',
          'aria-controls': meaningId,
          'aria-label': t(catalogue, 'glossary.ask', { term }),
        },
        '?',
      );
      const set = (open: boolean) => {
        ask.setAttribute('aria-expanded', String(open));
        meaning.hidden = !open;
      };
      ask.addEventListener('click', () => set(meaning.hidden));
      ask.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && !meaning.hidden) {
          e.preventDefault();
          set(false);
        }
      });
      return [el('dt', {}, term, ' ', ask), meaning];
    }),
  );
}
