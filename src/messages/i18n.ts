// The i18n runtime: the catalogue type (derived from the English object) and
// the functions that word a message. Every one takes the catalogue it speaks:
// there is no module-level language; a page or the store chooses one and
// passes it down.
import type { en } from './en.ts';

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

/** Fills {name} placeholders; an unknown name stays as written so a mistake shows. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** Keys that come in a singular and a plural form ("….one", "….other"). */
type PluralBase = MessageKey extends infer K
  ? K extends `${infer Base}.one`
    ? Base
    : never
  : never;

export function t(catalogue: Catalogue, key: MessageKey, params?: MessageParams): string {
  return format(catalogue[key], params);
}

/** The form of a counted message for this number ({count} is filled in). */
export function plural(
  catalogue: Catalogue,
  key: PluralBase,
  count: number,
  params: MessageParams = {},
): string {
  const form =
    new Intl.PluralRules(catalogue['meta.locale']).select(count) === 'one' ? 'one' : 'other';
  return t(catalogue, `${key}.${form}` as MessageKey, { ...params, count });
}
