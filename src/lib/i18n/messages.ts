/**
 * Messages of a UI string table: interpolation of `{name}` placeholders and
 * plurals chosen by `Intl.PluralRules`. Pure and free of the tables
 * themselves, so that client scripts use it with the strings their page
 * gives them (src/scripts/ui-strings.ts) and never bundle a whole table.
 */

/** A plural message: one text per plural category the language uses (`one`, `few`, …), `other` always. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
export type Message = string | PluralMessage;
export type MessageValues = Readonly<Record<string, string | number>>;

/** Formats messages in one locale: numbers by `Intl.NumberFormat`, plurals by `Intl.PluralRules`. */
export interface MessageFormatter {
  /** The locale numbers and plurals follow, e.g. `en-GB`. */
  readonly locale: string;
  /** A number as readers of the locale write it: `1,234` or `1.234`. */
  number(value: number): string;
  /** A template's `{name}` placeholders filled in; numbers formatted. A placeholder with no value stays as it is. */
  fill(template: string, values?: MessageValues): string;
  /** The form of a plural message for `count`, filled in with `{count}` and `values`. */
  plural(message: PluralMessage, count: number, values?: MessageValues): string;
}

const PLACEHOLDER = /\{(\w+)\}/gu;

/** A filled-in message cut at one placeholder left in it: the text before and after, for an element to go between. */
export function splitAt(text: string, placeholder: string): [before: string, after: string] {
  const at = text.indexOf(`{${placeholder}}`);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + placeholder.length + 2)];
}

export function messageFormatter(locale: string): MessageFormatter {
  const numbers = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  const number = (value: number) => numbers.format(value);
  const fill = (template: string, values: MessageValues = {}) =>
    template.replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : typeof value === 'number' ? number(value) : value;
    });
  return {
    locale,
    number,
    fill,
    plural: (message, count, values = {}) => fill(message[rules.select(count)] ?? message.other, { ...values, count }),
  };
}
