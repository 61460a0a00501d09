/**
 * The UI strings of the dossier's language: one table per locale in
 * src/translations/<language>.json (after Starlight's `translations/`),
 * chosen by the dossier's `language` (its exact tag, then its primary
 * language: `de-CH` takes `de`). Keys a table lacks fall back to English,
 * which, like German, is complete (tests/unit/translations.test.ts).
 * Numbers, plurals and dates follow the table's `format.locale`, or the
 * dossier's tag when it names a region or script, or when no table has the
 * language.
 */
import en from '../../translations/en.json' with { type: 'json' };
import de from '../../translations/de.json' with { type: 'json' };
import { formatPartialDate, formatTimelineDate } from '../dates/partial-date.ts';
import { messageFormatter, splitAt, type MessageFormatter, type MessageValues, type PluralMessage } from './messages.ts';

export type UiTable = typeof en;
export type UiKey = keyof UiTable;
/** Keys of plain strings. */
export type TextKey = { [K in UiKey]: UiTable[K] extends string ? K : never }[UiKey];
/** Keys of plural messages (an object of plural categories). */
export type PluralKey = Exclude<UiKey, TextKey>;

/** Search's page types, each named by `pageType.<type>` (the search filter "type"). */
export type PageType = 'briefing' | 'topic' | 'source' | 'claim' | 'timeline' | 'entity';

/** Every table, by language; English is the fallback. */
export const UI_TABLES: Readonly<Record<string, Partial<UiTable>>> = { en, de };

export const FALLBACK_LANGUAGE = 'en';

export interface Ui extends Pick<MessageFormatter, 'locale' | 'number'> {
  /** The language of the table in use (`en`, `de`). */
  readonly language: string;
  /** The dossier's language tag, as it gives it (`de-CH`). */
  readonly tag: string;
  /** A string, its `{name}` placeholders filled in. */
  text(key: TextKey, values?: MessageValues): string;
  /** A plural message for `count`: "1 source", "3 sources". */
  count(key: PluralKey, count: number, values?: MessageValues): string;
  /**
   * A string cut at one placeholder, for a page to put an element there (a
   * `<time>`, a link): its text before and after, the other placeholders
   * filled in. The words around the element stay in the language's order.
   */
  around(key: TextKey, placeholder: string, values?: MessageValues): [before: string, after: string];
  /** The message itself, unformatted, for a client script to format (src/scripts/ui-strings.ts). */
  message(key: UiKey): string | PluralMessage;
  /** A partial date for readers: `14 June 2025`, `14. Juni 2025`, or the table's word for an unknown date. */
  date(text: string): string;
  /** A timeline date: a partial date, or a range of days. */
  timelineDate(text: string): string;
}

/** The table for a language tag: exact, then its primary language, else none. */
export function tableLanguage(language: string): string | undefined {
  const primary = language.split('-')[0]!;
  return language in UI_TABLES ? language : primary in UI_TABLES ? primary : undefined;
}

const built = new Map<string, Ui>();

/** The UI of a dossier written in `language` (a BCP 47 tag). */
export function uiFor(language: string): Ui {
  const known = built.get(language);
  if (known) return known;
  const tableLang = tableLanguage(language);
  const table: Partial<UiTable> = tableLang ? UI_TABLES[tableLang]! : {};
  const message = (key: UiKey): string | PluralMessage => (table[key] ?? en[key]) as string | PluralMessage;
  // A bare language takes its table's usual region (`en`: British usage); a tag that says more is followed.
  const locale = tableLang === language ? (message('format.locale') as string) : language;
  const formatter = messageFormatter(locale);
  const undated = message('date.unknown') as string;
  const ui: Ui = {
    language: tableLang ?? FALLBACK_LANGUAGE,
    tag: language,
    locale,
    number: formatter.number,
    text: (key, values) => formatter.fill(message(key) as string, values),
    count: (key, count, values) => formatter.plural(message(key) as PluralMessage, count, values),
    around: (key, placeholder, values) => splitAt(formatter.fill(message(key) as string, values), placeholder),
    message,
    date: (text) => formatPartialDate(text, { locale, undated }),
    timelineDate: (text) => formatTimelineDate(text, { locale, undated }),
  };
  built.set(language, ui);
  return ui;
}
