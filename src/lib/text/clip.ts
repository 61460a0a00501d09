/**
 * Clipping text with an ellipsis where it was cut: the context around quoted
 * words at word boundaries (previews of cited passages, excerpts of entity
 * mentions), and the values messages quote (at a fixed length).
 */

/** The last `max` characters of `text`, starting at a whole word. */
export function clipStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(-max);
  const space = cut.search(/\s/u);
  return `…${space === -1 ? cut : cut.slice(space + 1)}`;
}

/** The first `max` characters of `text`, ending at a whole word. */
export function clipEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.search(/\s\S*$/u);
  return `${space <= 0 ? cut.slice(0, max) : cut.slice(0, space)}…`;
}

/** The words from `start` to `end` of `text`, with up to `context` characters of whole words on each side. */
export function excerptAround(text: string, start: number, end: number, context: number): { before: string; words: string; after: string } {
  return { before: clipStart(text.slice(0, start), context), words: text.slice(start, end), after: clipEnd(text.slice(end), context) };
}

/**
 * Messages quote the input's values (a title, a date, an id), and a value can
 * be megabytes long: a message quotes at most this many of its characters.
 */
export const MAX_QUOTED = 200;

/** `text`, cut to `max` characters with an ellipsis when longer, never inside a surrogate pair. */
export function clip(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  const lastUnit = text.charCodeAt(max - 1);
  const cut = lastUnit >= 0xd800 && lastUnit <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, cut)}…`;
}

/**
 * `message` with every quoted value ("…", as messages and JSON quote them)
 * longer than `max` characters clipped: the last guard, for messages made
 * elsewhere (the schema's, the quote checks').
 */
export function clipQuotedValues(message: string, max = MAX_QUOTED): string {
  return message.replace(/"(?:[^"\\]|\\.)*"/gsu, (quoted) => (quoted.length > max + 2 ? `"${clip(quoted.slice(1, -1), max)}"` : quoted));
}
