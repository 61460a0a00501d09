/**
 * The UI strings the page gives its scripts (src/components/UiStrings.astro),
 * formatted by the same messages module as the pages (src/lib/i18n/messages.ts).
 */
import { messageFormatter, type Message, type MessageValues, type PluralMessage } from '../lib/i18n/messages';

export interface ScriptUi {
  text(key: string, values?: MessageValues): string;
  count(key: string, count: number, values?: MessageValues): string;
}

/** The strings of every data block of the page; a key no block has reads as itself, so that a gap shows. */
export function scriptUi(doc: Document): ScriptUi {
  let locale = doc.documentElement.lang || 'en';
  const messages: Record<string, Message> = {};
  for (const block of doc.querySelectorAll('script[data-ui-strings]')) {
    const data = JSON.parse(block.textContent ?? '{}') as { locale: string; messages: Record<string, Message> };
    locale = data.locale;
    Object.assign(messages, data.messages);
  }
  const formatter = messageFormatter(locale);
  return {
    text: (key, values) => formatter.fill(typeof messages[key] === 'string' ? messages[key] : key, values),
    count: (key, count, values) => formatter.plural(typeof messages[key] === 'object' ? (messages[key] as PluralMessage) : { other: key }, count, values),
  };
}
