/**
 * Clipping the context around quoted words at word boundaries, with an
 * ellipsis where text was cut: previews of cited passages and excerpts of
 * entity mentions show the same kind of context.
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
